namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// The country a story without a dateline is set in, read from its opening: the places its headline and lead put the action
/// in ("Rouhani's first visit to Iraq", "talks in Lisbon") and a blog's tagline ("Notes from Baghdad"). Only one country may
/// be named so; two ("from Washington to Havana") leave the story with no setting. Like a dateline's town, the setting is the
/// home of the officials the story leaves unmarked (pattern: the scene a story opens on is where its local officials serve).
/// </summary>
internal static class StorySetting
{
    /// <summary>The headline, furniture and lead are read up to the end of the first paragraph of prose, at most this many sentences.</summary>
    private const int OpeningSentences = 8;

    /// <summary>A lead paragraph is prose: a sentence of at least this many tokens.</summary>
    private const int ProseTokens = 20;

    public static string? Of(IReadOnlyList<IReadOnlyList<Mention>> mentions)
    {
        string? setting = null;
        var leadParagraph = -1;
        for (var s = 0; s < mentions.Count && s < OpeningSentences; s++)
        {
            var sentence = mentions[s].FirstOrDefault()?.Sentence;
            if (sentence is not null && leadParagraph >= 0 && sentence.Paragraph > leadParagraph) break;
            foreach (var m in mentions[s].Where(m => m.Kind is MentionKind.Place or MentionKind.Country && m.Iso2 is not null && !m.IsDemonym && Locates(m)))
            {
                if (setting is not null && !string.Equals(setting, m.Iso2, StringComparison.OrdinalIgnoreCase)) return null;
                setting = m.Iso2;
            }
            if (sentence is not null && sentence.Tokens.Count >= ProseTokens && leadParagraph < 0) leadParagraph = sentence.Paragraph;
        }
        return setting;
    }

    /// <summary>"in Lisbon", "visit to Iraq", "at Salam Palace", and a tagline's "notes from Baghdad".</summary>
    private static bool Locates(Mention m)
    {
        var tokens = m.Sentence.Tokens;
        var i = m.TokenStart - 1;
        if (i >= 0 && tokens[i].Lower == "the") i--;
        if (i < 0) return false;
        if (tokens[i].Lower is "in" or "to" or "at") return !(m.TokenEnd < tokens.Count && tokens[m.TokenEnd].Text is "'s" or "’s");
        return tokens[i].Lower == "from" && i >= 1 && tokens[i - 1].Lower is "notes" or "letter" or "dispatch" or "dispatches" or "postcard";
    }
}
