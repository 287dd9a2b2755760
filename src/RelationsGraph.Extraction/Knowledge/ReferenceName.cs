namespace RelationsGraph.Extraction.Knowledge;

/// <summary>
/// The one word of an office-holder's name that a bare reference uses ("President Moon",
/// "Mr Kishida", "Prabowo", "Sheikh Tamim"): the family name, placed by naming convention.
/// A name-order pattern: family name first in Chinese and Korean names (and any name whose last
/// part is hyphenated syllables, "Ban Ki-moon"), given name as the reference in Thai, Malay,
/// Indonesian, Ethiopian and Eritrean usage and in Arabic names with "bin", family name last
/// elsewhere; a trailing "Jr." or regnal number is not a name, and a monarch's one-word regnal name is his reference.
/// </summary>
public static class ReferenceName
{
    private static readonly FrozenSet<string> FamilyFirst = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "CN", "TW", "KR", "KP", "KH", "HK", "MO" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> GivenNameUsage = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "TH", "ID", "MY", "ET", "ER" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> RegnalNumbers = new HashSet<string>(StringComparer.Ordinal) { "ii", "iii", "iv", "v", "vi", "x", "xiv", "xvi" }.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> Suffixes = RegnalNumbers.Append("jr").Append("sr").ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The reference word of <paramref name="holder"/>, given the normalised words of its name; null for one-word names other than a regnal name.</summary>
    public static string? Of(OfficeHolder holder, IReadOnlyList<string> words)
    {
        var end = words.Count;
        while (end > 1 && Suffixes.Contains(words[end - 1])) end--;
        // "King Abdullah", "King Felipe": a monarch is referred to by the regnal name without its number.
        if (end == 1 && words.Count == 2 && RegnalNumbers.Contains(words[1])) return words[0];
        if (end < 2) return null;
        if (holder.Iso2 is { } iso && GivenNameUsage.Contains(iso)) return words[0];
        if (words.Contains("bin") || words.Contains("bint")) return words[0];
        if (holder.Iso2 is { } family && FamilyFirst.Contains(family) || HyphenatedSyllablesLast(holder.Name)) return words[0];
        return words[end - 1];
    }

    /// <summary>"Lee Jae-myung", "Ban Ki-moon": a last part of syllables joined by a hyphen and a lowercase letter.</summary>
    private static bool HyphenatedSyllablesLast(string name)
    {
        var last = name[(name.LastIndexOf(' ') + 1)..];
        var hyphen = last.IndexOf('-');
        return hyphen > 0 && hyphen + 1 < last.Length && char.IsLower(last[hyphen + 1]);
    }
}
