using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "Ruritania was represented by its foreign minister, A, and by B, its envoy in Paris", "Ruritania sent A, a general, and
/// Senator B", "... was represented by A together with the trade commissar, B": a country represented by, or sending, a
/// list of delegates has each of them act for it, not only the first one the verb names (pattern: the delegation told as
/// one list after "represented by" or "sent", its items set off by appositions). A later item must be joined by "and",
/// "and by", "with", "together with" or "as well as", optionally with a title before its name; the stretch back to the
/// previous item may hold one apposition of that item, but no other verb of representing or sending, no "by" of another
/// clause, and no clause break. The first item's country is read as <paramref name="first"/> reads it.
/// </summary>
internal static class LaterNameOfASentList
{
    /// <summary>Most tokens an apposition between two items may take.</summary>
    private const int MaxGap = 24;

    /// <summary>Most words of a title between the joining words and a later item's name ("the interior commissar,").</summary>
    private const int MaxTitleTokens = 5;

    public static string? Of(List<Token> tokens, List<Mention> mentions, Mention p, Func<List<Token>, List<Mention>, Mention, string?> first)
    {
        var people = mentions.Where(m => m.Kind == MentionKind.Person && !m.IsNominal).OrderBy(m => m.TokenStart).ToList();
        return Through(tokens, mentions, people, p, first, 0);
    }

    /// <summary>
    /// The country of the list's first item, reached back through the items joined before <paramref name="p"/>; a name inside
    /// an item's apposition ("A, a confidant of King C, and B") is tried and passed over when it leads to no first item.
    /// </summary>
    private static string? Through(List<Token> tokens, List<Mention> mentions, List<Mention> people, Mention p,
        Func<List<Token>, List<Mention>, Mention, string?> first, int depth)
    {
        if (depth >= 6) return null;
        for (var k = people.IndexOf(p) - 1; k >= 0 && p.TokenStart - people[k].TokenEnd <= MaxGap + MaxTitleTokens + 4; k--)
        {
            var q = people[k];
            if (!JoinedToThePrevious(tokens, mentions, q, p)) continue;
            if (first(tokens, mentions, q) is { } country) return CoordinatedCountriesBefore(tokens, mentions, q.TokenStart) ? null : country;
            if (Through(tokens, mentions, people, q, first, depth + 1) is { } earlier) return earlier;
        }
        return null;
    }

    /// <summary>Whether <paramref name="p"/> is a later item of the list <paramref name="q"/> stands in, right after it.</summary>
    private static bool JoinedToThePrevious(List<Token> tokens, List<Mention> mentions, Mention q, Mention p)
    {
        // Back from the name over a title ("Senator", "the interior commissar ,") to the joining words.
        var k = p.TokenStart - 1;
        var title = 0;
        while (k > q.TokenEnd && title < MaxTitleTokens && !IsJoin(tokens, k) && (tokens[k].IsWord && tokens[k].Lower is not ("and" or "by" or "with") || tokens[k].Text == ","))
        {
            k--;
            title++;
        }
        if (k <= q.TokenEnd - 1 || !IsJoin(tokens, k)) return false;
        // The joining words: "and", "and by", ", and", "with", "together with", "as well as".
        var end = k;
        if (tokens[end].Lower == "by" && end - 1 > q.TokenEnd - 1 && tokens[end - 1].Lower == "and") end--;
        else if (tokens[end].Lower == "with" && end - 1 >= q.TokenEnd && tokens[end - 1].Lower == "together") end--;
        else if (tokens[end].Lower == "as" && end - 2 >= q.TokenEnd && tokens[end - 1].Lower == "well" && tokens[end - 2].Lower == "as") end -= 2;
        // A bare "with" joins only after a comma ("A, a general, with B"): "A, who talked with B" tells no list.
        if (tokens[k].Lower == "with" && end == k && (end - 1 < q.TokenEnd || tokens[end - 1].Text != ",")) return false;
        var closed = end - 1 >= q.TokenEnd && tokens[end - 1].Text == ",";
        if (closed) end--;
        // Between the previous item and the join: nothing, or one apposition of it set off by commas on both sides.
        if (end == q.TokenEnd) return true;
        if (!closed || tokens[q.TokenEnd].Text != "," || end - q.TokenEnd > MaxGap) return false;
        for (var i = q.TokenEnd + 1; i < end; i++)
        {
            if (tokens[i].Text is ";" or ":" or "." or "(" or ")" || tokens[i].Lower is "by" or "represented" or "sent" or "dispatched" or "while" or "whereas" or "but")
                return false;
            // "minister for roads and bridges": "and" inside the apposition joins lower-case words only.
            if (tokens[i].Lower == "and" && !(i + 1 < end && tokens[i + 1].IsWord && !tokens[i + 1].IsCapitalized)) return false;
            // A name of the apposition listed by itself is another item, not the previous one's description.
            var at = i;
            if (mentions.Any(m => m.Kind == MentionKind.Person && !m.IsNominal && m.TokenStart == at && tokens[at - 1].Text == ",")) return false;
        }
        return true;
    }

    /// <summary>
    /// "A, B and C were represented by X and Y": countries coordinated before the list pair off with it (or do not), so no
    /// one of them is the whole list's.
    /// </summary>
    private static bool CoordinatedCountriesBefore(List<Token> tokens, List<Mention> mentions, int end)
    {
        var countries = mentions.Where(m => m.Kind == MentionKind.Country && m.TokenEnd <= end).OrderBy(m => m.TokenStart).ToList();
        for (var i = 1; i < countries.Count; i++)
        {
            var gap = countries[i].TokenStart - countries[i - 1].TokenEnd;
            if (gap is >= 1 and <= 2 && Enumerable.Range(countries[i - 1].TokenEnd, gap).All(t => tokens[t].Text is "," or "and" or "or")) return true;
        }
        return false;
    }

    private static bool IsJoin(List<Token> tokens, int k) => tokens[k].Lower is "and" or "by" or "with" or "as" &&
        (tokens[k].Lower != "by" || k > 0 && tokens[k - 1].Lower == "and") &&
        (tokens[k].Lower != "as" || k > 1 && tokens[k - 1].Lower == "well" && tokens[k - 2].Lower == "as");
}
