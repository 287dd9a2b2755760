using RelationsGraph.Extraction.Meetings;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "The Treaty of Velmar, 1791 ... In the great hall the envoys A and B put their seals to it", told with no date at the
/// signing: a signing the story tells without a date, which made no other document, is the making of the one dated document
/// its people signed that still has no producer (the pattern: a retrospective piece dates the document, not the scene of its
/// signing, so the undated signing is of the document's year, not the year of telling). Only a one-to-one fit counts: a
/// signing that fits two such documents, or a document that fits two such signings, is left alone. It is the last word for a
/// document no other rule gave a producer.
/// </summary>
internal static class UndatedSigningOfItsSigners
{
    public static void Assign(IReadOnlyList<Agreement> agreements, IReadOnlyList<Meeting> meetings)
    {
        var producers = agreements.Select(a => a.ProducedBy).OfType<Meeting>().ToHashSet();
        var signings = meetings.Where(m => m.Id is not null && m.Held && m.Kind == MeetingKinds.Signing && m.DateOrAssumedYear is null && !producers.Contains(m)).ToList();
        if (signings.Count == 0) return;
        var fits = new List<(Agreement Agreement, Meeting Signing)>();
        foreach (var agreement in agreements.Where(a => a.ProducedBy is null && a.Year is not null && a.Signatories.Count > 0))
            foreach (var signing in signings)
                if (agreement.Signatories.Keys.Any(s => signing.Participants.ContainsKey(s) && !signing.Absent.Contains(s)))
                    fits.Add((agreement, signing));
        foreach (var (agreement, signing) in fits)
        {
            if (fits.Count(f => f.Agreement == agreement) != 1 || fits.Count(f => f.Signing == signing) != 1) continue;
            agreement.ProducedBy = signing;
            agreement.ProducedEvidence = Evidence(agreement, signing);
            agreement.ProducedByReference = false;
        }
    }

    /// <summary>The document's sentence that tells the signing too, else the one that names a signer of it, else its first.</summary>
    private static Text.Sentence Evidence(Agreement agreement, Meeting signing)
    {
        var told = signing.Mentions.Select(x => x.Sentence.Index).ToHashSet();
        return agreement.Mentions.FirstOrDefault(m => told.Contains(m.Sentence.Index))?.Sentence
               ?? agreement.Signatories.Values.MinBy(s => s.Index)
               ?? agreement.Mentions[0].Sentence;
    }
}
