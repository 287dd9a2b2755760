using RelationsGraph.Extraction.Meetings;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "The pact builds on the Treaty of Amity, signed in Velora on 3 May 1989", "they reaffirmed the accord concluded at Harbour
/// Hall in March 2002": a document whose own reduced relative tells where and when it was signed, though no signer is named,
/// comes out of the signing the meeting stage built from that very clause (see <see cref="DatedSigningAtAPlace"/>), even when
/// the sentence upholds it, which keeps it from the rules of the story's meetings. The pattern: news
/// recalls an earlier agreement by the place and day of its signing, which is the event that made it; <see
/// cref="SignedAtItsOwnSigning"/> takes the clauses that name the signers. Only a document of a year before the story's, dated by
/// that same clause, and signed by no one told elsewhere: the story's own documents are left to the rules of its meetings. It is
/// the last word for a document no other rule gave a producer.
/// </summary>
internal static class DocumentOfItsDatedSigning
{
    /// <param name="storyYear">The year of telling: only a document of an earlier year is recalled.</param>
    public static void Assign(IReadOnlyList<Agreement> agreements, IReadOnlyList<Meeting> meetings, int? storyYear)
    {
        if (storyYear is null) return;
        foreach (var agreement in agreements)
        {
            if (agreement.ProducedBy is not null || agreement.Year is not { } year || year >= storyYear) continue;
            foreach (var mention in agreement.Mentions)
            {
                if (mention.NotMade) continue;
                // Signers told in another sentence signed at another making of the document, or belong to another document.
                if (agreement.Signatories.Values.Any(s => s.Index != mention.Sentence.Index)) continue;
                if (SigningOf(year, mention, meetings) is not { } signing) continue;
                agreement.ProducedBy = signing;
                agreement.ProducedEvidence = mention.Sentence;
                agreement.ProducedByReference = false;
                break;
            }
        }
    }

    /// <summary>The one signing told through a document in the mention's sentence, by the verb right after the document, of the document's year.</summary>
    private static Meeting? SigningOf(int year, AgreementMention mention, IReadOnlyList<Meeting> meetings)
    {
        Meeting? found = null;
        foreach (var m in meetings)
        {
            if (m.Id is null || m.Kind == MeetingKinds.PhoneCall) continue;
            if (YearOf(m) != year) continue;
            foreach (var x in m.Mentions)
            {
                // Only the verb after the document ("the Treaty of X, signed in ..."), not "signed the Treaty of X in ...".
                if (x.Sentence.Index != mention.Sentence.Index || !x.ThroughItsDocument || x.Planned || x.Speculative
                    || x.TokenStart < mention.TokenEnd || !SignedAtItsOwnSigning.VerbOfTheDocument(mention, x)) continue;
                if (found is not null && found != m) return null;
                found = m;
            }
        }
        return found;
    }

    private static int? YearOf(Meeting m) => m.DateOrAssumedYear is { Length: >= 4 } d && int.TryParse(d[..4], out var y) ? y : null;
}
