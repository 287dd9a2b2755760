using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "Patriarch Sava", "Metropolitan Ilarion", "Ecumenical Patriarch Doran", "Archbishop Tomas Vell": church leaders are named by
/// their rank and one or two name words, often a religious name with no surname (pattern: clerical rank + name). The rank opening
/// the name shows a person, and stays part of the name as the church writes it. A rank before a word of a body's or a place's
/// name ("Metropolitan Police", "Cardinal Square") is left alone.
/// </summary>
internal static class ClericalRankName
{
    private static readonly FrozenSet<string> Ranks = new HashSet<string>(StringComparer.Ordinal)
    {
        "Patriarch", "Metropolitan", "Archbishop", "Cardinal", "Catholicos", "Archimandrite", "Rabbi", "Mufti",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Head words of bodies and districts that "Metropolitan" or "Cardinal" open ("Metropolitan Police", "Metropolitan Museum").</summary>
    private static readonly FrozenSet<string> BodyWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "Police", "Opera", "Museum", "Area", "Region", "Borough", "Transit", "Water", "Health", "Hospital", "University", "Community",
        "Cathedral", "Church", "Archdiocese", "Diocese", "See", "Synod", "Council", "Court",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when the name [first, last) opens with a clerical rank ("Ecumenical" may stand before it) and one or two name words follow.</summary>
    public static bool Opens(List<Token> tokens, int first, int last)
    {
        var rank = first;
        if (rank < last && tokens[rank].Text is "Ecumenical" or "Grand" or "Chief") rank++;
        if (rank >= last || !Ranks.Contains(tokens[rank].Text)) return false;
        var words = last - rank - 1;
        if (words is < 1 or > 2) return false;
        for (var i = rank + 1; i < last; i++)
        {
            var t = tokens[i];
            if (!t.IsWord || !t.IsCapitalized || !t.Text.Any(char.IsLower) || Lexicon.OrganizationSuffixes.Contains(t.Text) || Lexicon.PlaceSuffixes.Contains(t.Text) ||
                Ranks.Contains(t.Text) || BodyWords.Contains(t.Text)) return false;
        }
        return true;
    }
}
