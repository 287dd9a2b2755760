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
                          ?? (agreement.Year is not null && (mention.Concluded || MakingClauseAfter(mention)) && (mention.Upheld || mention.Recalled || past)
                              ? gatherings.FirstOrDefault(g => YearOf(g) == agreement.Year && g.Mentions.Any(x => NamedAfter(mention, x)))
                                ?? GatheringToldOnlyToDateIt(agreement, mention, gatherings) : null);
                if (own is null) continue;
                // The gathering told only as the document's making is as old as the document.
                if (own.DateOrAssumedYear is null && agreement.Year is not null) own.AssumedYear = agreement.Year;
                agreement.ProducedBy = own;
                agreement.ProducedEvidence = mention.Sentence;
                agreement.ProducedByReference = true;
                break;
            }
        }
    }

    /// <summary>
    /// "a 1994 protocol, signed in Rivena during a visit by the then premier": an undated gathering told only in the
    /// document's sentence, right after it as where it was made, is the earlier gathering that made the document (the
    /// pattern: a recalled document is dated by the occasion of its making, named in an appositive participle). A gathering
    /// the story tells elsewhere too is the story's own, and makes no document of another year.
    /// </summary>
    private static Meeting? GatheringToldOnlyToDateIt(Agreement agreement, AgreementMention mention, List<Meeting> gatherings)
    {
        foreach (var g in gatherings)
        {
            if (g.DateOrAssumedYear is not null || g.Mentions.Any(x => x.Sentence.Index != mention.Sentence.Index)) continue;
            if (g.Mentions.Any(x => NamedAfter(mention, x))) return g;
        }
        return null;
    }

    private static readonly FrozenSet<string> MakingParticiples = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "signed", "issued", "adopted", "agreed", "concluded", "reached", "sealed", "initialled", "initialed", "inked" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The meeting is told in the document's sentence, a few words after it, led by "at" or "during" ("adopted at the summit",
    /// "was signed in Port Mira in September 2011 during the visit", "signed on the sidelines of the summit"). A comma may set the
    /// making apart as an appositive participle ("the 2011 protocol, signed during the visit") or a relative clause ("the
    /// declaration, which the leaders adopted at their summit"): the clause still tells the document's own making.
    /// </summary>
    private static bool NamedAfter(AgreementMention document, MeetingMention meeting)
    {
        if (meeting.Sentence.Index != document.Sentence.Index || meeting.TokenStart <= document.TokenEnd || meeting.TokenStart - document.TokenEnd > 14) return false;
        var tokens = document.Sentence.Tokens;
        var start = document.TokenEnd;
        if (start < meeting.TokenStart && tokens[start].Text == ",") start = MakingClauseAfterComma(tokens, start, meeting.TokenStart);
        for (var k = start; k < meeting.TokenStart; k++)
        {
            if (tokens[k].Text is "," or ";" or ":" or "." || tokens[k].Lower is "and" or "which" or "that" or "while") return false;
            if (Prepositions.Contains(tokens[k].Text)) return true;
            // "on the sidelines of", "on the margins of": the occasion the document was made on.
            if (tokens[k].Lower == "on" && k + 2 < meeting.TokenStart && tokens[k + 1].Lower == "the" && tokens[k + 2].Lower is "sidelines" or "margins") return true;
        }
        return false;
    }

    /// <summary>"the 2000 declaration, which the leaders adopted at ...", "the 1994 protocol, signed in ...": the clause
    /// after the document tells its making, though the sentence's own verb only recalls it.</summary>
    private static bool MakingClauseAfter(AgreementMention document)
    {
        var tokens = document.Sentence.Tokens;
        var comma = document.TokenEnd;
        return comma < tokens.Count && tokens[comma].Text == "," && MakingClauseAfterComma(tokens, comma, Math.Min(tokens.Count, comma + 8)) != comma;
    }

    /// <summary>After the comma that closes the document's phrase, the token after a making participle (", signed") or after
    /// the verb of a short relative clause (", which the ministers adopted"); else the comma itself, which ends the search.</summary>
    private static int MakingClauseAfterComma(List<Text.Token> tokens, int comma, int limit)
    {
        if (comma + 1 < limit && MakingParticiples.Contains(tokens[comma + 1].Text)) return comma + 2;
        if (comma + 1 < limit && tokens[comma + 1].Lower is "which" or "that")
            for (var k = comma + 2; k < limit && k <= comma + 6; k++)
            {
                if (tokens[k].Text is "," or ";" or ":" or ".") break;
                if (MakingParticiples.Contains(tokens[k].Text)) return k + 1;
            }
        return comma;
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
