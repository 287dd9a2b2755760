namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "The President conferred the Order of Excellence on him ... Modi later addressed the National Assembly", "he will address
/// a joint session of parliament ... the investiture ceremony at the presidency, followed by a luncheon": an address and a
/// ceremony or a meal told as references of their own are separate events of a visit's programme, whichever kind the merged
/// gathering took (pattern: each item of a state visit's programme is an event). A speech told inside the ceremony's own
/// reference ("spoke at the commemoration") is one reference, so it never reaches this test.
/// </summary>
internal static class SpeechApart
{
    public const string Note = "an address and a ceremony or meal are separate events of a programme";

    public static bool FromProgrammeEvent(Meeting meeting, MeetingMention m)
    {
        // "a speech during an event" is one reference that holds both words: its gathering has had a speech told already.
        var apart = m.Kind == MeetingKinds.Speech && !meeting.Mentions.Any(ToldAsSpeech) &&
                    meeting.Mentions.Any(x => x.Kind is MeetingKinds.Ceremony or MeetingKinds.Reception) ||
                    m.Kind is MeetingKinds.Ceremony or MeetingKinds.Reception && !ToldAsSpeech(m) && meeting.Mentions.Any(x => x.Kind == MeetingKinds.Speech);
        if (apart && !m.Notes.Contains(Note)) m.Notes.Add(Note);
        return apart;
    }

    /// <summary>A reference of the speech kind, or one whose own words name a speech whatever kind it took.</summary>
    private static bool ToldAsSpeech(MeetingMention x) => x.Kind == MeetingKinds.Speech || x.NamesKind(MeetingKinds.Speech);
}
