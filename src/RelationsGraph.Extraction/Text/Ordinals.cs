using System.Text.RegularExpressions;

namespace RelationsGraph.Extraction.Text;

/// <summary>
/// Ordinal words as news copy writes them, spelled out or in figures: "the fourth summit", "the 5th round", "a second accord",
/// "the Eighteenth Summit", "the 44th meeting". One list for every rule that counts editions or items, so they agree on what an ordinal is.
/// </summary>
internal static partial class Ordinals
{
    private static readonly string[] Units =
        ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
         "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"];

    private static readonly string[] Tens = ["", "", "twent", "thirt", "fort", "fift", "sixt", "sevent", "eight", "ninet"];

    [GeneratedRegex(@"^(\d{1,3})(?:st|nd|rd|th)$", RegexOptions.IgnoreCase)]
    private static partial Regex InFigures();

    [GeneratedRegex(@"^(?=[IVXL]{2,}$)(L?X{0,3})(IX|IV|V?I{0,3})$")]
    private static partial Regex RomanNumeral();

    /// <summary>"second" onwards, "2nd" onwards: an ordinal that counts on from an earlier one.</summary>
    public static bool CountsPastFirst(string word) => Value(word) is >= 2;

    /// <summary>Any ordinal, "first" (or "1st") included.</summary>
    public static bool IsOrdinal(string word) => Value(word) is not null;

    /// <summary>The number an ordinal word stands for: "eighteenth" → 18, "twenty-first" → 21, "44th" → 44; null for any other word.</summary>
    public static int? Value(string word)
    {
        var w = word.ToLowerInvariant();
        // Only a word opening with a digit can be one in figures (\d is char.IsDigit): the regex runs only then.
        if (w.Length > 0 && char.IsDigit(w[0]) && InFigures().Match(w) is { Success: true } figures) return int.Parse(figures.Groups[1].Value);
        var unit = Array.IndexOf(Units, w);
        if (unit >= 0) return unit + 1;
        if (w == "hundredth") return 100;
        for (var t = 2; t < Tens.Length; t++)
        {
            // Compared in place: "twent" + "ieth", "twent" + "y-" + a unit, without building either string.
            var tens = Tens[t];
            if (!w.StartsWith(tens, StringComparison.Ordinal)) continue;
            var after = w.AsSpan(tens.Length);
            if (after.SequenceEqual("ieth")) return t * 10;
            if (!after.StartsWith("y-")) continue;
            var rest = Array.IndexOf(Units, w[(tens.Length + 2)..]);
            if (rest is >= 0 and < 9) return t * 10 + rest + 1;
        }
        return null;
    }

    /// <summary>
    /// "the XIII Summit", "the XIV Presidential Summit": a Roman numeral of two letters or more in capitals numbers an edition the
    /// way an ordinal does (one letter, "V", is too often an initial). Null for any other word.
    /// </summary>
    public static int? RomanValue(string word)
    {
        var m = RomanNumeral().Match(word);
        if (!m.Success) return null;
        var value = 0;
        var last = 0;
        for (var i = word.Length - 1; i >= 0; i--)
        {
            var v = word[i] switch { 'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, _ => 0 };
            value += v < last ? -v : v;
            last = Math.Max(last, v);
        }
        return value;
    }
}
