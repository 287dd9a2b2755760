using RelationsGraph.Extraction.Meetings;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "The declaration reaffirms the Bahrain Declaration adopted at the League's summit in Manama in May 2024": an earlier
/// document recalled together with the gathering that made it comes out of that gathering, not out of this year's meeting
/// (the pattern: a recalled product names its own meeting, told in the same clause with the document's own year).
/// </summary>
internal static class AdoptedAtItsOwnGathering
{
    private static readonly FrozenSet<string> Prepositions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "at", "during" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <param name="storyYear">The story's year: a document of an earlier year is recalled, however its sentence reads
    /// ("The Protocol was signed in Dhaka in 2011 during the visit of ...").</param>
    public static void Assign(IReadOnlyList<Agreement> agreements, IReadOnlyList<Meeting> meetings, int? storyYear = null)
    {
        var gatherings = meetings.Where(m => m.Id is not null && m.Kind != MeetingKinds.PhoneCall && !m.IsCeremonial).ToList();
        foreach (var agreement in agreements.Where(a => a.ProducedBy is null))
        {
            var past = storyYear is not null && agreement.Year < storyYear;
            foreach (var mention in agreement.Mentions)
            {
                // The relative verb itself tells the making, so the document needs no concluding verb nor a year of its own.
                var own = gatherings.FirstOrDefault(g => (agreement.Year is null || YearOf(g) is null || YearOf(g) == agreement.Year) && g.Mentions.Any(x => ProducedBefore(mention, x)))
                          ?? (agreement.Year is not null && mention.Concluded && (mention.Upheld || mention.Recalled || past)
                              ? gatherings.FirstOrDefault(g => YearOf(g) == agreement.Year && g.Mentions.Any(x => NamedAfter(mention, x))) : null);
                if (own is null) continue;
                agreement.ProducedBy = own;
                agreement.ProducedEvidence = mention.Sentence;
                agreement.ProducedByReference = true;
                break;
            }
        }
    }

    /// <summary>
    /// The meeting is told in the document's sentence, a few words after it, led by "at" or "during" ("adopted at the summit",
    /// "was signed in Dhaka in September 2011 during the visit").
    /// </summary>
    private static bool NamedAfter(AgreementMention document, MeetingMention meeting)
    {
        if (meeting.Sentence.Index != document.Sentence.Index || meeting.TokenStart <= document.TokenEnd || meeting.TokenStart - document.TokenEnd > 14) return false;
        var tokens = document.Sentence.Tokens;
        for (var k = document.TokenEnd; k < meeting.TokenStart; k++)
        {
            if (tokens[k].Text is "," or ";" or ":" or "." || tokens[k].Lower is "and" or "which" or "that" or "while") return false;
            if (Prepositions.Contains(tokens[k].Text)) return true;
        }
        return false;
    }

    private static readonly FrozenSet<string> ProducingVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "produced", "yielded", "adopted", "issued", "concluded" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "the 2018 summit in Sydney, which produced the Sydney Declaration", "talks that produced the short-lived accord": the
    /// meeting comes first and a relative clause says what it made (the pattern: a meeting's product told by a relative verb).
    /// </summary>
    private static bool ProducedBefore(AgreementMention document, MeetingMention meeting)
    {
        if (meeting.Sentence.Index != document.Sentence.Index || meeting.TokenEnd > document.TokenStart || document.TokenStart - meeting.TokenEnd > 14) return false;
        var tokens = document.Sentence.Tokens;
        for (var k = document.TokenStart - 1; k > meeting.TokenEnd && k >= document.TokenStart - 3; k--)
            if (ProducingVerbs.Contains(tokens[k].Text))
                return tokens[k - 1].Lower is "which" or "that" && Enumerable.Range(meeting.TokenEnd, k - 1 - meeting.TokenEnd).All(j => tokens[j].Text is not (";" or "."));
        return false;
    }

    private static int? YearOf(Meeting m) => m.DateOrAssumedYear is { Length: >= 4 } d && int.TryParse(d[..4], out var y) ? y : null;
}
