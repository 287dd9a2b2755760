namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "Talks in Larsvik between the two factions, hosted by President Anton Berel of Norland, ended with an accord": a
/// participant told only as the meeting's host lends the table, not a side; their state is a party of what the meeting
/// produced only when they sign it or the document's own sentences name that state (the pattern: news tells a host who is
/// also a side by naming the state with the document or among its signers; a host who only convenes is told as "hosted by").
/// A declaration, joint statement or communiqué is the whole table's text, the host's with the rest, so it keeps the host.
/// </summary>
internal static class HostNoSideUnlessNamed
{
    /// <summary>True when the participant is the meeting's host and nothing ties their state to the document itself.</summary>
    public static bool Excludes(Agreement agreement, Meetings.Meeting meeting, string personId, string country) =>
        meeting.Participants.TryGetValue(personId, out var role) && role == "host"
        && AgreementKinds.Family(agreement.Kind) != "declaration"
        && !agreement.Signatories.ContainsKey(personId)
        && !agreement.Parties.ContainsKey(country) && !agreement.PartiesBefore.ContainsKey(country) && !agreement.NamedParties.ContainsKey(country);
}
