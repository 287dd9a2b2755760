using RelationsGraph.Extraction.Meetings;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "The two presidents met for five hours at the palace in Lorvik. The most tangible result was the Joint Statement on
/// River Navigation": a joint text (a joint statement, a joint or final communiqué, a joint declaration) named without any
/// verb of making, right after the story tells a gathering of its own time, is what that gathering issued (the pattern: a
/// joint text is the voice of a meeting's sides, and a report names it as the meeting's outcome without saying "signed").
/// Only a joint text still without producer, neither recalled nor upheld nor told as made, of no year other than the
/// gathering's, whose first sentence or the one before tells exactly one held gathering of the story (no phone call, no
/// ceremony); a sentence that looks back to older texts ("recalled the earlier statement", "the accord followed a joint
/// statement") names another one (see <see cref="LooksBack"/>).
/// </summary>
internal static class JointTextOfTheTalks
{
    public static void Assign(IReadOnlyList<Agreement> agreements, IReadOnlyList<Meeting> meetings, int? yearOfTelling)
    {
        var held = meetings.Where(m => m.Id is not null && m.Held && !m.Recalled && !m.IsCeremonial && m.Kind != MeetingKinds.PhoneCall).ToList();
        if (held.Count == 0) return;
        foreach (var agreement in agreements.Where(a => a.ProducedBy is null && a.Mentions.Count > 0 && IsJointText(a)
                                                        && !a.Mentions.Any(m => m.Recalled || m.Upheld || m.Concluded)))
        {
            var first = agreement.Mentions.MinBy(m => m.Sentence.Index)!.Sentence;
            if (LooksBack(first)) continue;
            var year = agreement.Year ?? yearOfTelling;
            var told = held.Where(m => m.Mentions.Any(x => x.Sentence.Index == first.Index || x.Sentence.Index == first.Index - 1)
                                       && (year is null || (YearOf(m) ?? yearOfTelling) is not { } y || y == year))
                .Take(2).ToList();
            if (told.Count != 1) continue;
            agreement.ProducedBy = told[0];
            agreement.ProducedEvidence = first;
        }
    }

    /// <summary>A text the sides issue together: a joint statement or communiqué, or a declaration called joint.</summary>
    private static bool IsJointText(Agreement a) =>
        a.Kind is "joint_statement" or "communique" || a.Kind == "declaration" && a.Joint;

    private static readonly HashSet<string> BackWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "recall", "recalled", "recalls", "recalling", "earlier", "previous", "former", "once", "would", "followed", "preceded",
    };

    /// <summary>The sentence looks back to older texts, or orders the text before another event ("followed", "preceded").</summary>
    private static bool LooksBack(Text.Sentence sentence) => sentence.Tokens.Any(t => BackWords.Contains(t.Text));

    private static int? YearOf(Meeting m) => m.DateOrAssumedYear is { Length: >= 4 } d && int.TryParse(d[..4], out var y) ? y : null;
}
