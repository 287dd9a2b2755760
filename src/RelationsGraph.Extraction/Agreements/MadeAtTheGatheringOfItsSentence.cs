using RelationsGraph.Extraction.Meetings;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "The partnership was raised when the then president paid a state visit to Corvana in June 2011, and the two
/// presidents signed a joint statement", "The last summit took place in Velo in May 1989, when the two leaders signed
/// the treaty": an earlier document whose making the sentence tells together with one held gathering dated to the
/// document's own year comes out of that gathering (the pattern: a recalled making is told with its occasion, in one
/// sentence and one year). It is a last word for a document of an earlier year that no other rule gave a producer; a
/// gathering whose named people include none of the document's named signers made another thing.
/// </summary>
internal static class MadeAtTheGatheringOfItsSentence
{
    /// <param name="storyYear">The year of telling: only documents of an earlier year are read here.</param>
    public static void Assign(IReadOnlyList<Agreement> agreements, IReadOnlyList<Meeting> meetings, int? storyYear)
    {
        if (storyYear is null) return;
        foreach (var agreement in agreements)
        {
            if (agreement.ProducedBy is not null || agreement.Year is not { } year || year >= storyYear) continue;
            foreach (var mention in agreement.Mentions)
            {
                if (!mention.Concluded || mention.NotMade) continue;
                if (GatheringOf(agreement, mention, meetings, year) is not { } gathering) continue;
                agreement.ProducedBy = gathering;
                agreement.ProducedEvidence = mention.Sentence;
                agreement.ProducedByReference = true;
                break;
            }
        }
    }

    /// <summary>The one held gathering with people at it, told in the sentence and dated to the document's year, that at least one of the document's named signers attended.</summary>
    private static Meeting? GatheringOf(Agreement agreement, AgreementMention mention, IReadOnlyList<Meeting> meetings, int year)
    {
        var index = mention.Sentence.Index;
        Meeting? found = null;
        foreach (var m in meetings)
        {
            if (m.Id is null || !m.Held || m.Kind == MeetingKinds.PhoneCall) continue;
            if (!m.Mentions.Any(x => x.Sentence.Index == index && !x.Planned && !x.Speculative && !AnotherTimeBetween(mention, x))) continue;
            if (YearOf(m) != year) continue;
            // "the treaty signed in Velo last May": a bare place and date of signing, with no one told there, is no gathering the story reports.
            if (!m.Participants.Keys.Any(p => !m.Absent.Contains(p))) continue;
            var signers = agreement.Signatories.Keys.ToList();
            if (signers.Count > 0 && !signers.Any(s => m.Participants.ContainsKey(s) && !m.Absent.Contains(s))) continue;
            // A signer told signing in another sentence and absent from the gathering signed another making of the document.
            if (agreement.Signatories.Any(s => s.Value.Index != index && !m.Participants.ContainsKey(s.Key))) continue;
            if (found is not null && found != m) return null;
            found = m;
        }
        return found;
    }

    /// <summary>"when A flew to B for a summit, a week after his cabinet had approved a plan": a time word between the gathering
    /// and the document sets the making at another time than the gathering.</summary>
    private static bool AnotherTimeBetween(AgreementMention document, MeetingMention meeting)
    {
        var tokens = document.Sentence.Tokens;
        var (from, to) = meeting.TokenEnd <= document.TokenStart ? (meeting.TokenEnd, document.TokenStart) : (document.TokenEnd, meeting.TokenStart);
        for (var k = Math.Max(0, from); k < to && k < tokens.Count; k++)
            if (tokens[k].Lower is "after" or "before" or "since" or "until" or "later" or "earlier") return true;
        return false;
    }

    private static int? YearOf(Meeting m) => m.DateOrAssumedYear is { Length: >= 4 } d && int.TryParse(d[..4], out var y) ? y : null;
}
