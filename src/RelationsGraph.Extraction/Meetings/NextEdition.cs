using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "Wong will host the next retreat in Singapore", "the next round is set for Ankara": a planned gathering called the next one
/// is the following edition, never more of the held gathering the story reports, whoever it names (pattern: "next" counts on
/// from the gathering told). So is a planned one counted by its edition ("the Sixth Caspian Summit will be held in X", "a second summit would follow"). "The next day" is a step of the narrative, not an edition (see <see cref="NarrativeNext"/>).
/// </summary>
internal static class NextEdition
{
    public const string Note = "the next edition: not the gathering held";

    public static bool Of(MeetingMention m)
    {
        if (!m.Planned) return false;
        var tokens = m.Sentence.Tokens;
        for (var i = Math.Max(0, m.TokenStart - 3); i < m.TokenEnd && i < tokens.Count; i++)
            if (tokens[i].Lower == "next" && !NarrativeNext.IsSequence(tokens, i) || Ordinals.CountsPastFirst(tokens[i].Text))
            {
                if (!m.Notes.Contains(Note)) m.Notes.Add(Note);
                return true;
            }
        // "the two sides will meet again in X": "again" counts on from the gathering told, as "next" does.
        if (MeetAgain.Of(m) && (m.Places.Count > 0 || m.Date?.Value is not null || m.Participants.Count > 0 || m.RefersToPair || m.GroupSize is not null))
        {
            if (!m.Notes.Contains(Note)) m.Notes.Add(Note);
            return true;
        }
        // "Kuchma will pay a return visit to Moscow": a return or reciprocal visit is the other side's journey, never the visit told.
        if (m.TokenStart > 0 && tokens[m.TokenStart - 1].Lower is "return" or "reciprocal" && m.Kind == MeetingKinds.Visit)
        {
            if (!m.Notes.Contains(Note)) m.Notes.Add(Note);
            return true;
        }
        // "the third India–CARICOM summit will be held in India": the ordinal may stand before a longer name of the series.
        for (var i = m.TokenStart - 1; i >= 0 && i < tokens.Count && IsSeriesName(tokens[i]); i--)
            if (Ordinals.CountsPastFirst(tokens[i].Text))
            {
                if (!m.Notes.Contains(Note)) m.Notes.Add(Note);
                return true;
            }
        return false;
    }

    /// <summary>A word of the series' name between an ordinal and the gathering's noun: a capitalised name, a dash, or the ordinal itself.</summary>
    private static bool IsSeriesName(Token t) => t.IsCapitalized || t.Text is "-" or "–" || Ordinals.CountsPastFirst(t.Text);

    /// <summary>A planned gathering told as the following edition: kept though it names no one, no date or no place yet.</summary>
    public static bool Told(Meeting meeting) => !meeting.Held && meeting.Mentions.Any(m => m.Notes.Contains(Note));
}
