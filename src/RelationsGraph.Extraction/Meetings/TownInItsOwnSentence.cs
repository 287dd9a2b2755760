using RelationsGraph.Extraction.Entities;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "Today, X signed the document in Moscow", "In Moscow on Aug. 12, the two signed a treaty": a meeting every one of whose
/// sentences names another town after "in" or "at" is told as happening there, even when the reading could not tie the town
/// to the meeting's words; the story's dateline city is not given to it (pattern: a place belongs to the meeting of its own
/// sentence, never to the dateline).
/// </summary>
internal static class TownInItsOwnSentence
{
    public static bool PlacesElsewhere(Meeting meeting, IReadOnlyList<IReadOnlyList<Mention>> mentionsBySentence, string? datelineIso2) =>
        datelineIso2 is not null &&
        meeting.Mentions.Count > 0 &&
        meeting.Mentions.Select(x => x.Sentence).Distinct().All(s => mentionsBySentence[s.Index].Any(p =>
            p is { Kind: MentionKind.Place, EntityId: not null, Iso2: not null } && p.Iso2 != datelineIso2 &&
            p.TokenStart > 0 && s.Tokens[p.TokenStart - 1].Lower is "in" or "at"));
}
