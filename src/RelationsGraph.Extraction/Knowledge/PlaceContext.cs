using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Knowledge;

/// <summary>
/// The gate for ambiguous place names (a gazetteer-precision pattern): a generated city whose name
/// is also an English word or a person's name ("Nice", "Reading", "Mobile", "Jackson", "Noda") is
/// a place only where the sentence frames it as one: after a place preposition ("in Nice", "talks
/// at Split"), after a travel word and "to"/"from" ("flew to Florence"), after "the city of", before
/// ", Country" ("Victoria, Seychelles"), after "the" before a gathering's noun or a council's name ("the Nice summit"),
/// or as an all-capitals dateline ("READING, May 2 -").
/// Everywhere else the words stay words and names stay names.
/// </summary>
public static class PlaceContext
{
    /// <summary><see cref="GazetteerEntry.Detail"/> of a place entry that needs place context.</summary>
    public const string NeedsContext = "needs-context";

    private static readonly FrozenSet<string> PlacePrepositions = new HashSet<string>(StringComparer.Ordinal)
    {
        "in", "at", "near", "outside", "inside", "via", "visit", "visits", "visited", "visiting", "toward", "towards",
    }.ToFrozenSet(StringComparer.Ordinal);

    // "to"/"from" alone also introduce people ("spoke to Austin", "a call from Santos"); after one of these they introduce places.
    private static readonly FrozenSet<string> TravelWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "flew", "fly", "flies", "flying", "travelled", "traveled", "travel", "travels", "travelling", "traveling", "trip",
        "journey", "visit", "returned", "return", "returning", "arrived", "arriving", "came", "went", "headed", "heading",
        "flight", "moved", "route", "way", "back", "drove", "sailed", "relocated", "evacuated",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> SettlementNouns = new HashSet<string>(StringComparer.Ordinal)
    {
        "city", "town", "port", "village", "resort", "municipality", "capital", "province", "region", "island",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsGated(GazetteerEntry entry) => entry.Kind == GazetteerKind.Place && entry.Detail == NeedsContext;

    /// <summary>The entries of a phrase at tokens [start, end) that this context admits; the same list when none is gated.</summary>
    public static IReadOnlyList<GazetteerEntry> Admitted(IReadOnlyList<GazetteerEntry> entries, List<Token> tokens, int start, int end, KnowledgeBase knowledge)
    {
        var gated = false;
        for (var i = 0; i < entries.Count; i++) gated |= IsGated(entries[i]);
        if (!gated || Admits(tokens, start, end, knowledge)) return entries;
        return entries.Where(e => !IsGated(e)).ToList();
    }

    /// <summary>True when tokens [start, end) stand where a place is expected.</summary>
    public static bool Admits(List<Token> tokens, int start, int end, KnowledgeBase knowledge)
    {
        // "Jackson's remarks": a possessive is far more often a person's.
        if (end < tokens.Count && tokens[end].Text is "'s" or "’s") return false;
        if (IsDateline(tokens, start, end)) return true;
        if (FollowedByCountry(tokens, end, knowledge)) return true;
        var before = start - 1;
        if (before < 0) return false;
        var word = tokens[before].Lower;
        if (PlacePrepositions.Contains(word)) return true;
        if (word is "to" or "from" && before > 0 && TravelWords.Contains(tokens[before - 1].Lower)) return true;
        if (word == "the" && NamesAGatheringAfter(tokens, end)) return true;
        return word == "of" && before > 0 && SettlementNouns.Contains(tokens[before - 1].Lower);
    }

    private static readonly FrozenSet<string> GatheringNouns = new HashSet<string>(StringComparer.Ordinal)
    {
        "summit", "talks", "conference", "meeting", "round",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// "the Nice summit", "the Gravely Harbour Council of June": after "the", a name right before a gathering's noun, or before
    /// a council's capitalised name, is the town the gathering sat in (pattern: a gathering called after its town).
    /// </summary>
    private static bool NamesAGatheringAfter(List<Token> tokens, int end)
    {
        if (end >= tokens.Count) return false;
        if (GatheringNouns.Contains(tokens[end].Text)) return true;
        for (var k = end; k < Math.Min(tokens.Count, end + 4); k++)
        {
            if (!tokens[k].IsWord || !tokens[k].IsCapitalized) return false;
            if (tokens[k].Text == "Council") return k > end;
        }
        return false;
    }

    /// <summary>"READING, May 2 (Reuters) -": an all-capitals place opening the sentence.</summary>
    private static bool IsDateline(List<Token> tokens, int start, int end)
    {
        if (start != 0 || end >= tokens.Count || tokens[end].Text is not ("," or "(" or "-" or "—" or "–")) return false;
        for (var i = start; i < end; i++)
            foreach (var c in tokens[i].Text)
                if (char.IsLower(c)) return false;
        return true;
    }

    /// <summary>"Victoria, Seychelles", "Mobile, United States": the city's country right after a comma.</summary>
    private static bool FollowedByCountry(List<Token> tokens, int end, KnowledgeBase knowledge)
    {
        if (end + 1 >= tokens.Count || tokens[end].Text != "," || !tokens[end + 1].IsCapitalized) return false;
        for (var len = 1; len <= 3 && end + len < tokens.Count; len++)
        {
            var words = tokens.Skip(end + 1).Take(len).Select(t => t.Text);
            foreach (var e in knowledge.Lookup(string.Join(' ', words)))
                if (e.Kind == GazetteerKind.Country) return true;
        }
        return false;
    }
}
