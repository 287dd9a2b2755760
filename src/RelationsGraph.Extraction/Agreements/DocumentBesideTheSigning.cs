using RelationsGraph.Extraction.Meetings;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "Late that night the two envoys put their names to the papers at the ministry. The Treaty of Orvel ended the war":
/// a story that tells one signing, then names its document in the next breath without a verb of making, tells that
/// signing's product (the pattern: a report, or a retrospective told all in the past, narrates the signing scene and then
/// names what was signed). Only a document still without producer, neither recalled nor upheld, of no year other than
/// the signing's, first named in a sentence of the signing or the one right after it, and the one such document; only
/// when the story holds a single signing that made no document yet (one that did names its product again under another
/// name). A sentence that looks back to older texts or ahead to ones still to come ("recalled the earlier pact", "once a
/// final accord is signed", "would be judged") names another document than the one signed (see
/// <see cref="LooksAwayFromTheSigning"/>).
/// </summary>
internal static class DocumentBesideTheSigning
{
    public static void Assign(IReadOnlyList<Agreement> agreements, IReadOnlyList<Meeting> meetings, int? yearOfTelling)
    {
        var signings = meetings.Where(m => m.Id is not null && m.Held && !m.Recalled && m.Kind == MeetingKinds.Signing).Take(2).ToList();
        if (signings.Count != 1) return;
        var signing = signings[0];
        // A signing that already made a document names it again under another name ("the Varo Accord is the first of its kind").
        if (agreements.Any(a => a.ProducedBy == signing || a.AlsoProducedBy == signing)) return;
        var told = signing.Mentions.Select(x => x.Sentence.Index).ToHashSet();
        var year = signing.DateOrAssumedYear is { Length: >= 4 } d && int.TryParse(d[..4], out var y) ? y : yearOfTelling;
        var found = agreements.Where(a => a.ProducedBy is null && a.Mentions.Count > 0
                                          && !a.Mentions.Any(m => m.Recalled || m.Upheld || m.Concluded)
                                          && (a.Year is null || a.Year == year)
                                          && a.Mentions.MinBy(m => m.Sentence.Index)!.Sentence is var first
                                          && (told.Contains(first.Index) || told.Contains(first.Index - 1)) && !LooksAwayFromTheSigning(first))
            .Take(2).ToList();
        if (found.Count != 1) return;
        found[0].ProducedBy = signing;
        found[0].ProducedEvidence = found[0].Mentions.MinBy(m => m.Sentence.Index)!.Sentence;
    }

    private static readonly HashSet<string> AwayWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "recall", "recalled", "recalls", "earlier", "older", "previous", "former", "once", "would", "negotiations", "negotiate",
    };

    /// <summary>The sentence looks back to older texts or ahead to texts still to come.</summary>
    private static bool LooksAwayFromTheSigning(Text.Sentence sentence) => sentence.Tokens.Any(t => AwayWords.Contains(t.Text));
}
