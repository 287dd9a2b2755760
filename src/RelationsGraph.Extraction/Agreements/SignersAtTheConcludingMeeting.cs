using RelationsGraph.Extraction.Entities;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "The summit ended with a declaration ... Among those who signed were A, B and C": a document is signed in person, so
/// whoever signed a document was at the meeting that concluded it, even when the sentence naming them as signers names
/// no gathering (pattern: signers attend the concluding meeting). Someone the text says was absent from it is left out.
/// </summary>
internal static class SignersAtTheConcludingMeeting
{
    public const string Rule = "signer of a document the meeting concluded";

    public static void Add(IEnumerable<Agreement> agreements, EntityRegistry registry, RelationshipSet relationships)
    {
        foreach (var agreement in agreements)
        {
            if (agreement.Id is null || agreement.ProducedBy is not { Id: { } meetingId } meeting) continue;
            foreach (var (person, sentence) in agreement.Signatories)
                if (registry.Contains(person) && !meeting.Absent.Contains(person))
                    relationships.Add("ATTENDED", person, meetingId, sentence.Text, 0.7, "participant", Rule);
        }
    }
}
