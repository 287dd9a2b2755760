using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "\"We have waited long enough,\" Mr Veltrano said at the signing. He then met ...": a sentence that opens with a quotation
/// and closes it with its speaker ("," X said / told / added) has that speaker as its subject, whom an opening "He"/"She" of
/// the next sentence continues (pattern: the attributed speaker is the quote sentence's subject). Only a person named right
/// after the closing quotation mark, perhaps after a title and before a reporting verb, counts.
/// <see cref="PronounSubject"/> asks this for a previous sentence that opens with a quotation.
/// </summary>
internal static class SpeakerOfTheQuote
{
    private static readonly FrozenSet<string> ReportingVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "told", "added", "declared", "insisted", "wrote", "stressed", "noted", "remarked",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The person the quotation is attributed to right after it closes; else null.</summary>
    public static Mention? Of(Sentence previous, IReadOnlyList<Mention> previousMentions)
    {
        var tokens = previous.Tokens;
        var close = -1;
        for (var k = 1; k < tokens.Count; k++)
            if (tokens[k].Text is "\"" or "”") { close = k; break; }
        if (close < 1 || tokens[close - 1].Text is not ("," or "!" or "?")) return null;
        foreach (var m in previousMentions.Where(m => m.Kind == MentionKind.Person && m.EntityId is not null && m.TokenStart > close).OrderBy(m => m.TokenStart))
        {
            for (var k = close + 1; k < m.TokenStart; k++)
                if (!tokens[k].IsCapitalized) return null;
            var after = m.TokenEnd < tokens.Count && tokens[m.TokenEnd].Text == "," ? m.TokenEnd + 1 : m.TokenEnd;
            // ", Mugabe, 84, told": an age in commas may stand between the name and its verb.
            if (after + 1 < tokens.Count && char.IsDigit(tokens[after].Text[0]) && tokens[after + 1].Text == ",") after += 2;
            return after < tokens.Count && ReportingVerbs.Contains(tokens[after].Lower) ? m : null;
        }
        return null;
    }
}
