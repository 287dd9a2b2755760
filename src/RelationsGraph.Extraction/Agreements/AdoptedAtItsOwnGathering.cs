using RelationsGraph.Extraction.Meetings;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "The declaration reaffirms the Bahrain Declaration adopted at the League's summit in Manama in May 2024": an earlier
/// document recalled together with the gathering that made it comes out of that gathering, not out of this year's meeting
/// (the pattern: a recalled product names its own meeting, told in the same clause with the document's own year).
/// </summary>
internal static class AdoptedAtItsOwnGathering
{
    private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase) { "at", "during" };

    public static void Assign(IReadOnlyList<Agreement> agreements, IReadOnlyList<Meeting> meetings)
    {
        var gatherings = meetings.Where(m => m.Id is not null && m.Kind != MeetingKinds.PhoneCall && !m.IsCeremonial).ToList();
        foreach (var agreement in agreements.Where(a => a.ProducedBy is null && a.Year is not null))
        {
            foreach (var mention in agreement.Mentions.Where(m => m.Concluded && (m.Upheld || m.Recalled)))
            {
                var own = gatherings.FirstOrDefault(g => YearOf(g) == agreement.Year && g.Mentions.Any(x => NamedAfter(mention, x)));
                if (own is null) continue;
                agreement.ProducedBy = own;
                agreement.ProducedEvidence = mention.Sentence;
                agreement.ProducedByReference = true;
                break;
            }
        }
    }

    /// <summary>The meeting is told in the document's sentence, a few words after it, led by "at" or "during" ("adopted at the summit").</summary>
    private static bool NamedAfter(AgreementMention document, MeetingMention meeting)
    {
        if (meeting.Sentence.Index != document.Sentence.Index || meeting.TokenStart <= document.TokenEnd || meeting.TokenStart - document.TokenEnd > 10) return false;
        var tokens = document.Sentence.Tokens;
        for (var k = document.TokenEnd; k < meeting.TokenStart; k++)
        {
            if (tokens[k].Text is "," or ";" or ":" or "." || tokens[k].Lower is "and" or "which" or "that" or "while") return false;
            if (Prepositions.Contains(tokens[k].Text)) return true;
        }
        return false;
    }

    private static int? YearOf(Meeting m) => m.DateOrAssumedYear is { Length: >= 4 } d && int.TryParse(d[..4], out var y) ? y : null;
}
