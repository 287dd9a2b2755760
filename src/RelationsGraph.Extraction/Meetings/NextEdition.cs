namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "Wong will host the next retreat in Singapore", "the next round is set for Ankara": a planned gathering called the next one
/// is the following edition, never more of the held gathering the story reports, whoever it names (pattern: "next" counts on
/// from the gathering told). "The next day" is a step of the narrative, not an edition (see <see cref="NarrativeNext"/>).
/// </summary>
internal static class NextEdition
{
    public const string Note = "the next edition: not the gathering held";

    public static bool Of(MeetingMention m)
    {
        if (!m.Planned) return false;
        var tokens = m.Sentence.Tokens;
        for (var i = Math.Max(0, m.TokenStart - 3); i < m.TokenEnd && i < tokens.Count; i++)
            if (tokens[i].Lower == "next" && !NarrativeNext.IsSequence(tokens, i))
            {
                if (!m.Notes.Contains(Note)) m.Notes.Add(Note);
                return true;
            }
        return false;
    }
}
