using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "The Adviser on Foreign Affairs, Mr A, the Minister for Finance, Senator B, and the Special Assistant, Mr C, were present",
/// "The Chief Ministers of the four provinces, D (Punjab), E (Sindh) and F (Balochistan), also attended": when everything
/// from the clause's start to an attendance verb is names, their titles and the punctuation of a list, with no verb of its
/// own, every person in it is the verb's subject, however long the titles run (pattern: a verbless subject roll).
/// A relative clause closed by a comma inside an item ("D, who represented the Pope, and E were in the hall") describes
/// that item only: it is passed over, and the people it names are not of the roll (pattern: an apposition's relative clause).
/// </summary>
internal static class VerblessSubjectRoll
{
    public const string Note = "verbless subject roll: every name before the attendance verb";

    /// <summary>Lowercase words a title or a list may hold; any other lowercase word ending in -ed or -ing, or a clause word, is a verb's.</summary>
    private static readonly FrozenSet<string> ClauseWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "who", "whom", "whose", "which", "that", "when", "where", "while", "after", "before", "since", "because", "if",
        "is", "are", "was", "were", "has", "have", "had", "be", "been", "will", "would", "said", "says", "told", "met", "meets",
        "made", "gave", "took", "left", "sent", "led", "held", "saw", "did", "does", "not", "but",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Most tokens the roll may run to; a longer stretch is no subject but a paragraph of its own.</summary>
    private const int Longest = 80;

    /// <summary>The people of the roll that ends right before <paramref name="verb"/> (with "also" or "all" between), or none.</summary>
    public static IReadOnlyList<Mention> People(List<Token> tokens, IReadOnlyList<Mention> people, int verb)
    {
        // "took part by video link": someone joining from afar is not in the room, so the roll is not read (pattern: remote participation).
        if (ByVideo(tokens, verb)) return [];
        var end = verb;
        // "were present", "took part", "also attended": the roll ends before the verb's auxiliary and adverb.
        while (end > 0 && tokens[end - 1].Lower is "also" or "all" or "both" or "were" or "was" or "took" or "had") end--;
        var start = end;
        while (start > 0 && tokens[start - 1].Text is not (";" or ":") && end - start < Longest) start--;
        if (end - start >= Longest || end - start < 3) return [];
        var described = new List<(int From, int To)>(); // the relative clauses passed over
        for (var k = start; k < end; k++)
        {
            var t = tokens[k];
            if (t.Lower is "who" or "whom" or "whose" or "which" && k > start && ClosingComma(tokens, k, end) is { } close)
            {
                described.Add((k, close));
                k = close;
                continue;
            }
            if (ClauseWords.Contains(t.Text)) return [];
            if (t.IsWord && !t.IsCapitalized && (t.Lower.EndsWith("ed", StringComparison.Ordinal) || t.Lower.EndsWith("ing", StringComparison.Ordinal)) &&
                !Lexicon.PersonNouns.Contains(t.Text)) return [];
        }
        // The stretch must be a list ending in a name (a bracketed region or a comma may follow it), with three names at least:
        // a shorter subject is within the finder's window anyway, unless descriptions put it out of reach ("X, the special
        // envoy, who shuttled between the capitals for most of the year, sat in the front row": one name is subject enough).
        // "the special envoy of President X's government": a possessor inside an item's description is not an item.
        // "senior adviser to President Y": a name an item's description leads to is not an item either.
        var named = people.Where(p => p.TokenStart >= start && p.TokenEnd <= end && !described.Any(d => p.TokenStart >= d.From && p.TokenEnd <= d.To) &&
                                      !(p.TokenEnd < tokens.Count && tokens[p.TokenEnd].Text is "'s" or "’s") && !IsDescriptionsObject(tokens, p, start)).ToList();
        if (named.Count == 0) return [];
        var lastEnd = described.Count > 0 && described[^1].To > named[^1].TokenEnd ? described[^1].To + 1 : named[^1].TokenEnd;
        // "..., and B, the commissioner for trade, sat": the last item may carry its own description between commas.
        var endsInAName = end - lastEnd <= 4 || tokens[lastEnd].Text == "," && tokens[end - 1].Text == ",";
        return named.Count >= (described.Count > 0 || end - start > 20 ? 1 : 3) && endsInAName ? named : [];
    }

    /// <summary>
    /// "adviser to U.S. President Y", "envoy of the Secretary-General Z": the name, with its title, follows "to", "of" or "for"
    /// after a lowercase noun of a description, so it is that description's object.
    /// </summary>
    private static bool IsDescriptionsObject(List<Token> tokens, Mention person, int start)
    {
        var k = person.TokenStart - 1;
        while (k > start && (tokens[k].IsCapitalized || tokens[k].Text == "." || tokens[k].Lower == "the")) k--;
        return k > start && tokens[k].Lower is "to" or "of" or "for" && tokens[k - 1].IsWord && !tokens[k - 1].IsCapitalized;
    }

    private static bool ByVideo(List<Token> tokens, int verb)
    {
        for (var k = verb + 1; k < tokens.Count && k - verb <= 4; k++)
            if (tokens[k].Lower is "virtually" or "remotely" or "online" or "video" or "videolink") return true;
        return false;
    }

    /// <summary>The comma that closes the relative clause opening at <paramref name="relative"/>, before the roll's end, or null.</summary>
    private static int? ClosingComma(List<Token> tokens, int relative, int end)
    {
        for (var k = relative + 1; k < end; k++)
            if (tokens[k].Text == ",") return k;
        return null;
    }
}
