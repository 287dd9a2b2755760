using System.Text.RegularExpressions;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// The year an anniversary or retrospective piece counts back to: "150 years on", "it is 115 years this week since the Treaty of X",
/// "the 170th anniversary of the signing", "Two hundred and sixty years ago", told in the headline or the opening
/// sentences. Such a piece is published in its own year but tells a making of long ago, so a document it tells concluded,
/// with no year of its own, dates from the year counted back to, not from the publication (the pattern: a piece written
/// for an anniversary). Only a year the text also writes out is taken, so a loose count ("some forty years ago") sets none.
/// </summary>
internal static partial class AnniversaryYear
{
    /// <summary>How many opening sentences (headline, standfirst, lead) may carry the count.</summary>
    private const int Opening = 6;

    private static readonly Dictionary<string, int> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
        ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16,
        ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50,
        ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    private static readonly Dictionary<string, int> Named = new(StringComparer.OrdinalIgnoreCase)
    {
        ["centenary"] = 100, ["centennial"] = 100, ["sesquicentennial"] = 150, ["sesquicentenary"] = 150, ["bicentenary"] = 200,
        ["bicentennial"] = 200, ["tercentenary"] = 300, ["tricentennial"] = 300, ["quadricentennial"] = 400,
    };

    private const string Number = @"(\d{1,3}|(?:(?:one|two|three|four|five|six|seven|eight|nine)\s+hundred(?:\s+and)?\s*)?(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)?|(?:one|two|three|four|five|six|seven|eight|nine)\s+hundred)";

    [GeneratedRegex(@"\b" + Number + @"\s+years\s+(?:ago|since|on\b)", RegexOptions.IgnoreCase)]
    private static partial Regex YearsBack();

    [GeneratedRegex(@"\b(?:more\s+than|over|almost|nearly|some|about|around|roughly|under|less\s+than)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex LooseBefore();

    [GeneratedRegex(@"\b(\d{1,3})(?:st|nd|rd|th)\s+anniversary\b", RegexOptions.IgnoreCase)]
    private static partial Regex NthAnniversary();

    [GeneratedRegex(@"\b(centenary|centennial|sesquicentennial|sesquicentenary|bicentenary|bicentennial|tercentenary|tricentennial|quadricentennial)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NamedAnniversary();

    [GeneratedRegex(@"\ba\s+century\s+and\s+a\s+half\s+(?:ago|on|since)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CenturyAndAHalf();

    /// <summary>
    /// The year an opening sentence that tells <paramref name="agreement"/> counts back to from <paramref name="storyYear"/>
    /// ("The treaty at X, 150 years on"), when the text also writes that year; else null. A count in a sentence that does
    /// not tell this document ("the 60th anniversary of ties") dates something else.
    /// </summary>
    public static int? Of(Agreement agreement, IReadOnlyList<Sentence>? sentences, int? storyYear)
    {
        if (sentences is null || storyYear is null) return null;
        foreach (var sentence in sentences.Take(Opening))
        {
            if (!agreement.Mentions.Any(m => m.Sentence.Start == sentence.Start && m.Sentence.Text == sentence.Text)) continue;
            foreach (var years in Counts(sentence.Text))
                if (years > 0 && storyYear.Value - years is var back && back > 0 && sentences.Any(s => WritesYear(s.Text, back)))
                    return back;
        }
        return null;
    }

    private static IEnumerable<int> Counts(string text)
    {
        foreach (Match m in YearsBack().Matches(text))
        {
            // "negotiations opened more than nine years ago": a loose count dates nothing.
            if (LooseBefore().IsMatch(text[..m.Index])) continue;
            // "since they declared a partnership fifteen years ago": "ago" sets the sentence's time only when it opens it
            // ("Two hundred years ago, the envoys ..."); later in the sentence it dates another clause's event.
            if (m.Value.EndsWith("ago", StringComparison.OrdinalIgnoreCase) && text[..m.Index].Any(char.IsLetterOrDigit)) continue;
            if (Parse(m.Groups[1].Value) is { } n) yield return n;
        }
        foreach (Match m in NthAnniversary().Matches(text)) yield return int.Parse(m.Groups[1].Value);
        foreach (Match m in NamedAnniversary().Matches(text)) yield return Named[m.Groups[1].Value];
        if (CenturyAndAHalf().IsMatch(text)) yield return 150;
    }

    private static bool WritesYear(string text, int year) => Regex.IsMatch(text, $@"(?<!\d){year}(?!\d)");

    /// <summary>"150", "two hundred and sixty", "seventy-five": the count as a number.</summary>
    internal static int? Parse(string words)
    {
        if (int.TryParse(words, out var digits)) return digits;
        var total = 0;
        foreach (var w in words.Split([' ', '-', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (w.Equals("and", StringComparison.OrdinalIgnoreCase)) continue;
            if (w.Equals("hundred", StringComparison.OrdinalIgnoreCase)) { total = (total == 0 ? 1 : total) * 100; continue; }
            if (!Units.TryGetValue(w, out var v)) return null;
            total += v;
        }
        return total == 0 ? null : total;
    }
}
