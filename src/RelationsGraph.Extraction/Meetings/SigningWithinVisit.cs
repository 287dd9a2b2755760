namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "X arrived in Y for a state visit ... X and the host signed the treaty": the signing is one event of the visit's programme,
/// a gathering of its own, as talks held during a visit are (pattern: a visit is the journey, a signing one act within it).
/// </summary>
internal static class SigningWithinVisit
{
    public const string Note = "a signing is its own event of a visit";

    public static bool Applies(Meeting meeting, MeetingMention m)
    {
        var apart = meeting.Kind == MeetingKinds.Visit && m.Kind == MeetingKinds.Signing ||
                    meeting.Kind == MeetingKinds.Signing && m.Kind == MeetingKinds.Visit;
        if (apart && !m.Notes.Contains(Note)) m.Notes.Add(Note);
        return apart;
    }

    /// <summary>
    /// "The presidents held talks ... The agriculture ministers X and Y signed a memorandum": a signing with no place of its own
    /// joins the gathering under discussion when its signers' delegations are there, but not talks or a visit that the signers
    /// were not told at: ministers signing during their leaders' talks hold a ceremony of their own (pattern: a signing by
    /// people new to the talks is its own event of the programme). A summit or conference still takes its members' signings.
    /// </summary>
    public static bool BySignersNewTo(Meeting current, MeetingMention m, IEnumerable<string> signers)
    {
        var apart = current.Kind is MeetingKinds.Talks or MeetingKinds.Visit && signers.Any(id => !current.Participants.ContainsKey(id));
        if (apart && !m.Notes.Contains(NewSignersNote)) m.Notes.Add(NewSignersNote);
        return apart;
    }

    public const string NewSignersNote = "signers new to the talks: a signing of its own";
}
