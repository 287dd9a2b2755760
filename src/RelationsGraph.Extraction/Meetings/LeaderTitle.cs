namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// The title of a head of state or government ("President", "Prime Minister", "King", "Emir"), as opposed to a deputy's,
/// a spokesperson's or a secretary's that also contains one of those words ("Vice-President", "Deputy Prime Minister",
/// "presidential spokesman", "Secretary to the President"). Rules that treat leaders apart from their officials share it.
/// </summary>
internal static class LeaderTitle
{
    public static bool IsHeadOfStateOrGovernment(string title)
    {
        var t = title.ToLowerInvariant();
        if (IsAnAidesTitle(t)) return false;
        return t.Contains("president") || t.Contains("prime minister") || t.Contains("premier") || t.Contains("chancellor") ||
               t.Contains("king") || t.Contains("queen") || t.Contains("emperor") || t.Contains("emir") || t.Contains("sultan");
    }

    /// <summary>A deputy's, a spokesperson's or a secretary's title (lower case).</summary>
    public static bool IsAnAidesTitle(string lowerTitle) =>
        lowerTitle.Contains("vice") || lowerTitle.Contains("deputy") || lowerTitle.Contains("spokes") || lowerTitle.Contains("secretary");
}
