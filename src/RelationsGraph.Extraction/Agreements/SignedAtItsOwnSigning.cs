using RelationsGraph.Extraction.Meetings;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "The pact builds on the Treaty of Amity, signed in Velora on 3 May 1989 by A and B", "the accord that A and B signed in
/// Tarsk in 2004": a document whose sentence tells its own signing by named people comes out of the signing the meeting
/// stage built from that very clause, whatever year it is of (the pattern: the clause that tells who signed a document,
/// where and when, tells the event that made it). It is the last word for a document no other rule gave a producer: a
/// recalled document keeps away from today's meeting and goes to its own.
/// </summary>
internal static class SignedAtItsOwnSigning
{
    /// <param name="storyYear">The year of telling, of an undated signing.</param>
    public static void Assign(IReadOnlyList<Agreement> agreements, IReadOnlyList<Meeting> meetings, int? storyYear)
    {
        foreach (var agreement in agreements)
        {
            if (agreement.ProducedBy is not null) continue;
            foreach (var mention in agreement.Mentions)
            {
                // "A and B signed ...", "the two presidents signed ...": the clause tells its signers, by name or as a group.
                if (!mention.Concluded || mention.NotMade || mention.Signatories.Count == 0 && !mention.SignedByGroup) continue;
                // Signers told elsewhere for the document belong to another making: the clause must tell them all.
                if (agreement.Signatories.Keys.Any(s => !mention.Signatories.Contains(s))) break;
                if (SigningOf(agreement, mention, meetings, storyYear) is not { } signing) continue;
                agreement.ProducedBy = signing;
                agreement.ProducedEvidence = mention.Sentence;
                agreement.ProducedByReference = false;
                break;
            }
        }
    }

    /// <summary>The one signing told in the document's sentence whose people are all the document's signers there, of the document's year.</summary>
    private static Meeting? SigningOf(Agreement agreement, AgreementMention mention, IReadOnlyList<Meeting> meetings, int? storyYear)
    {
        var index = mention.Sentence.Index;
        Meeting? found = null;
        foreach (var m in meetings)
        {
            if (m.Id is null || m.Kind == MeetingKinds.PhoneCall) continue;
            // A document of its own year comes out of a signing dated to that year only.
            // An undated signing is of the year of telling.
            if (agreement.Year is { } year && (YearOf(m) ?? storyYear) != year) continue;
            foreach (var x in m.Mentions)
            {
                if (x.Sentence.Index != index || !x.Signing && m.Kind != MeetingKinds.Signing || x.Planned || x.Speculative
                    || !VerbOfTheDocument(mention, x) && !SignersInARelativeClause.Tell(mention, x, m)) continue;
                if (x.Participants.Count == 0) continue;
                if (!mention.Signatories.All(s => x.Participants.ContainsKey(s) && !x.Absent.Contains(s))) continue;
                if (found is not null && found != m) return null;
                found = m;
            }
        }
        return found;
    }

    /// <summary>
    /// The signing's verb is the document's own: right after it (", signed in ...", "which A and B signed in ...") or right
    /// before it ("A and B signed the Treaty of ..."), with no other clause between.
    /// </summary>
    internal static bool VerbOfTheDocument(AgreementMention document, MeetingMention signing)
    {
        var tokens = document.Sentence.Tokens;
        var end = EndOfTitle(document);
        if (signing.TokenStart >= end)
        {
            if (signing.TokenStart - end > 6) return false;
            for (var k = end; k < signing.TokenStart; k++)
                if (tokens[k].Text is ";" or ":" or "." or "(" or ")" || tokens[k].Text == "," && k != end
                    || tokens[k].Lower is "and" or "but" or "while" or "after" or "before") return false;
            return true;
        }
        if (signing.TokenStart >= document.TokenStart || document.TokenStart - signing.TokenStart > 4) return false;
        for (var k = signing.TokenStart + 1; k < document.TokenStart; k++)
            if (tokens[k].Text is "," or ";" or ":" or "." || tokens[k].Lower is "and" or "to" or "by") return false;
        return true;
    }

    /// <summary>"the Treaty on Good Neighbourliness, signed ...": the phrase may stop before the title that follows it; the clause starts after the title.</summary>
    internal static int EndOfTitle(AgreementMention document)
    {
        var tokens = document.Sentence.Tokens;
        if (document.Title is not { Length: > 0 } title || document.TokenStart >= tokens.Count) return document.TokenEnd;
        var at = document.Sentence.Text.IndexOf(title, tokens[document.TokenStart].Start, StringComparison.Ordinal);
        if (at < 0) return document.TokenEnd;
        var end = document.TokenEnd;
        while (end < tokens.Count && tokens[end].Start < at + title.Length) end++;
        return end;
    }

    private static int? YearOf(Meeting m) => m.DateOrAssumedYear is { Length: >= 4 } d && int.TryParse(d[..4], out var y) ? y : null;
}
