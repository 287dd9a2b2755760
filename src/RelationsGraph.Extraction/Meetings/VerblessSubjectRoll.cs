using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "The Adviser on Foreign Affairs, Mr A, the Minister for Finance, Senator B, and the Special Assistant, Mr C, were present",
/// "The Chief Ministers of the four provinces, D (Punjab), E (Sindh) and F (Balochistan), also attended": when everything
/// from the clause's start to an attendance verb is names, their titles and the punctuation of a list, with no verb of its
/// own, every person in it is the verb's subject, however long the titles run (pattern: a verbless subject roll).
/// </summary>
internal static class VerblessSubjectRoll
{
    public const string Note = "verbless subject roll: every name before the attendance verb";

    /// <summary>Lowercase words a title or a list may hold; any other lowercase word ending in -ed or -ing, or a clause word, is a verb's.</summary>
    private static readonly HashSet<string> ClauseWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "who", "whom", "whose", "which", "that", "when", "where", "while", "after", "before", "since", "because", "if",
        "is", "are", "was", "were", "has", "have", "had", "be", "been", "will", "would", "said", "says", "told", "met", "meets",
        "made", "gave", "took", "left", "sent", "led", "held", "saw", "did", "does", "not", "but",
    };

    /// <summary>Most tokens the roll may run to; a longer stretch is no subject but a paragraph of its own.</summary>
    private const int Longest = 80;

    /// <summary>The people of the roll that ends right before <paramref name="verb"/> (with "also" or "all" between), or none.</summary>
    public static IReadOnlyList<Mention> People(IReadOnlyList<Token> tokens, IReadOnlyList<Mention> people, int verb)
    {
        var end = verb;
        // "were present", "took part", "also attended": the roll ends before the verb's auxiliary and adverb.
        while (end > 0 && tokens[end - 1].Lower is "also" or "all" or "both" or "were" or "was" or "took" or "had") end--;
        var start = end;
        while (start > 0 && tokens[start - 1].Text is not (";" or ":") && end - start < Longest) start--;
        if (end - start >= Longest || end - start < 3) return [];
        for (var k = start; k < end; k++)
        {
            var t = tokens[k];
            if (ClauseWords.Contains(t.Text)) return [];
            if (t.IsWord && !t.IsCapitalized && (t.Lower.EndsWith("ed", StringComparison.Ordinal) || t.Lower.EndsWith("ing", StringComparison.Ordinal)) &&
                !Lexicon.PersonNouns.Contains(t.Text)) return [];
        }
        // The stretch must be a list ending in a name (a bracketed region or a comma may follow it), with three names at least:
        // a shorter subject is within the finder's window anyway.
        var named = people.Where(p => p.TokenStart >= start && p.TokenEnd <= end).ToList();
        return named.Count >= 3 && end - named[^1].TokenEnd <= 4 ? named : [];
    }
}
