namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "the Minister for Trade and Export Growth, Tom Wilkins": the chunker may read "Minister for Trade" as a title and
/// "Export Growth" as the name it introduces, and also "Minister for Trade and Export Growth" as the title of the name
/// after the comma. When a later person's title is the shorter title continued through the supposed name, that name is
/// words of a portfolio, not a person (pattern: the longest reading of a title wins).
/// </summary>
internal static class PortfolioInsideALongerTitle
{
    public static void Apply(List<Mention> mentions)
    {
        mentions.RemoveAll(m => m.Kind == MentionKind.Person && m.Title is { } title && m.Canonical is null && ALaterTitleRunsThrough(mentions, m, title));
    }

    /// <summary>Whether a later person's title is <paramref name="title"/> continued through the name of <paramref name="m"/>
    /// (a helper, not a lambda: a closure over each mention was made for every mention).</summary>
    private static bool ALaterTitleRunsThrough(List<Mention> mentions, Mention m, string title)
    {
        foreach (var later in mentions)
            if (later.Kind == MentionKind.Person && later.TokenStart > m.TokenStart &&
                later.Title is { } longer && longer.Length > title.Length &&
                longer.StartsWith(title, StringComparison.Ordinal) &&
                longer.EndsWith(" " + m.Surface, StringComparison.Ordinal)) return true;
        return false;
    }
}
