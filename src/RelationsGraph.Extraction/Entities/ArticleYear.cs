using RelationsGraph.Extraction.Knowledge;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// The year an article speaks from: its publication year, or, for an undated article, the one
/// year in which every known office-holder it names with a written title ("Prime Minister X",
/// "President Y", not "former President Z") held that office together.
/// </summary>
internal static class ArticleYear
{
    private static readonly FrozenSet<string> PastMarkers = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "former", "late", "then", "ex", "previous", "predecessor" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static int? Of(DateOnly? published, IEnumerable<PersonName> people, KnowledgeBase knowledge)
    {
        if (published is { } p) return p.Year;
        int from = int.MinValue, to = int.MaxValue;
        var constrained = false;
        foreach (var person in people)
        {
            // Only a title the text writes dates the story. A title the knowledge base supplies ("Mr X", listed as president)
            // is a guess at which office the story means: the list may not hold the office X had then (a foreign minister
            // who later became president), and a guessed term would date the story to itself.
            foreach (var mention in person.Mentions.Where(m => m is { TitleIsOffice: true, Title: not null, IsNominal: false, TitleFromKnowledge: false } && !SaysPast(m) && !TellsItsOwnYear(m)))
            {
                var terms = OfficeHoldersByPerson.Of(knowledge, person.Id);
                var holder = terms.FirstOrDefault(h => h.Role.Equals(mention.Title, StringComparison.OrdinalIgnoreCase));
                if (holder is null || Term(holder.Years) is not { } term) continue;
                from = Math.Max(from, term.From);
                to = Math.Min(to, term.To);
                constrained = true;
            }
        }
        // Open-ended terms alone leave the upper bound unknown; only a single shared year is an answer.
        return constrained && from == to ? from : null;
    }

    /// <summary>"2022-2025" → (2022, 2025); "2025-" → (2025, open).</summary>
    private static (int From, int To)? Term(string years)
    {
        var parts = years.Split('-');
        if (parts.Length != 2 || !int.TryParse(parts[0], out var start)) return null;
        if (parts[1].Length == 0) return (start, int.MaxValue);
        return int.TryParse(parts[1], out var end) && end >= start ? (start, end) : null;
    }

    /// <summary>
    /// "the treaty that Macron signed with Italy's Mario Draghi in Rome in November 2021": a person told in a sentence that
    /// names a year is told at that year, which need not be the article's (the pattern: a dated sentence recalls).
    /// </summary>
    private static bool TellsItsOwnYear(Mention m) =>
        m.Sentence.Tokens.Any(t => t.Text.Length == 4 && int.TryParse(t.Text, out var y) && y is >= 1800 and <= 2100);

    /// <summary>A past-tense marker just before the title and name ("former Prime Minister ...").</summary>
    private static bool SaysPast(Mention m)
    {
        var tokens = m.Sentence.Tokens;
        for (var i = Math.Max(0, m.TokenStart - 4); i < m.TokenStart; i++)
            if (PastMarkers.Contains(tokens[i].Text.TrimEnd('-'))) return true;
        return false;
    }
}
