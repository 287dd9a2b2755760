using RelationsGraph.Extraction.Meetings;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "Leaders adopt Lakeport Declaration as rivals hold first talks", then "At the close of the summit, the leaders adopted the
/// Lakeport Declaration": a headline packs the making and a side event into one line, so the gathering it reports is only a
/// guess; when the body's first sentence that concludes the document reports a held gathering of the story, that gathering
/// made it (the pattern: a headline restates the lead, and the lead tells the occasion in full).
/// </summary>
internal static class MakingToldInTheBody
{
    public static void Apply(IReadOnlyList<Agreement> agreements, IReadOnlyDictionary<int, Meeting> reportedMeeting, int? storyYear)
    {
        foreach (var agreement in agreements.Where(a => a.ProducedBy is not null && a.ProducedEvidence is { } e && AgreementClusterer.IsHeadline(e)))
        {
            var body = agreement.Mentions.Where(m => m.Concluded && !m.Recalled && !m.Upheld && !AgreementClusterer.IsHeadline(m.Sentence))
                .Select(m => (Mention: m, Meeting: reportedMeeting.GetValueOrDefault(m.Sentence.Index)))
                .FirstOrDefault();
            if (body.Meeting is not { Recalled: false } met || met == agreement.ProducedBy
                || storyYear is not null && met.Date is { Length: >= 4 } d && !d.StartsWith(storyYear.Value.ToString("D4"), StringComparison.Ordinal)) continue;
            agreement.ProducedBy = body.Meeting;
            agreement.ProducedEvidence = body.Mention.Sentence;
            agreement.ProducedByReference = false;
        }
    }
}
