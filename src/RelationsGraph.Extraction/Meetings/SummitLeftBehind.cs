namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "... Ulvenmark flew in from the bloc's summit in Tarnow. He and Brisk held talks at the palace. Afterwards the two watched
/// aides sign three memoranda": a grouping's summit first told past the story's lead, and told wholly before the gathering
/// under discussion began, is a stop the narrative has moved on from (an earlier leg of a trip, a recent event recalled);
/// an objectless attendance told after it is part of the gathering under discussion, not of that summit. A summit the lead
/// tells is the story's own, and a gathering told on its sidelines or at it is part of it (pattern: the account moves on
/// from a passing mention to the event it reports).
/// </summary>
internal static class SummitLeftBehind
{
    /// <summary>The headline and the story's first lines: a summit told there is the story's own.</summary>
    private const int LeadSentences = 4;

    public static bool Applies(Meeting summit, Meeting? current) =>
        current is not null && current != summit && current.Organization is null && current.Participants.Count > 0 &&
        summit.Mentions.Count > 0 && current.Mentions.Count > 0 &&
        summit.Mentions.Min(y => y.Sentence.Index) >= LeadSentences &&
        summit.Mentions.Max(y => y.Sentence.Index) < current.Mentions.Min(y => y.Sentence.Index) &&
        !current.Mentions.Any(y => y.OnSidelines || y.AtGathering);
}
