using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "Erdogan in Baghdad: four nations sign on", "EU and Mercosur close their trade deal in Montevideo": a story with no
/// dateline names where its news happens in the headline (pattern: headline "in/at City" = the dateline). The one city
/// the headline places something in stands in for the dateline, so <see cref="DatelineVenue"/> can place the current
/// meetings the text leaves unplaced.
/// </summary>
internal static class HeadlineVenue
{
    /// <summary>The headline's one city after "in" or "at", as the text names it; null when there is none or more than one.</summary>
    public static string? Of(string? title, IReadOnlyList<Sentence> sentences, IReadOnlyList<IReadOnlyList<Mention>> mentionsBySentence)
    {
        if (string.IsNullOrWhiteSpace(title)) return null;
        var headline = sentences.Take(4).FirstOrDefault(s => s.Text.Trim() == title.Trim()) ?? sentences.Take(4).FirstOrDefault(s => IsHeadlineAfterKicker(s.Text.Trim(), title.Trim()));
        if (headline is null) return null;
        var tokens = headline.Tokens;
        var cities = mentionsBySentence[headline.Index]
            .Where(m => m.Kind == MentionKind.Place && m.EntityId is not null && m.Iso2 is not null)
            .Where(m => PlaceLead.IndexBefore(tokens, m.TokenStart) is var lead && lead >= 0 && tokens[lead].Lower is "in" or "at")
            .Select(m => m.Canonical ?? m.Surface).Distinct().ToList();
        return cities.Count == 1 ? cities[0] : null;
    }

    /// <summary>
    /// "Weekly digest: BRICS grows to eleven in Johannesburg", "Second time lucky? Rivals sign a peace in Addis Ababa": the page
    /// prints the headline apart from the kicker or column name the title opens with (pattern: title = kicker + headline),
    /// so the sentence that ends the title after a colon, question mark or dash is the headline.
    /// </summary>
    private static bool IsHeadlineAfterKicker(string sentence, string title)
    {
        if (sentence.Length < 12 || sentence.Length >= title.Length || !title.EndsWith(sentence, StringComparison.Ordinal)) return false;
        var before = title[..^sentence.Length].TrimEnd();
        return before.Length > 0 && before[^1] is ':' or '?' or '!' or '|' or '-' or '–' or '—';
    }
}
