using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Meetings;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "In March, the two foreign ministers signed a transit accord in Velmora", in a story of talks held this week: once the
/// sentence dates the signing apart from every meeting of the story (see <see cref="ConcludedAtAnotherTime"/>), the signing is
/// an act of its own, and nothing else builds it. It is a signing held then, at the place the sentence names, attended by the
/// signers the sentence names, and it made the document (the pattern: news tells an earlier or separate signing in one dated
/// clause with its signers and place; the date that parts it from the meeting is the signing's own).
/// </summary>
internal static class SigningDatedApart
{
    public const string Rule = "signing dated apart from every meeting of the story: a signing of its own (SigningDatedApart)";

    /// <summary>The signings to build, one per concluding sentence, with the documents each made.</summary>
    public static List<Meeting> Build(IReadOnlyList<Agreement> agreements, IReadOnlyList<Meeting> meetings, ConcludedAtAnotherTime timeApart,
        Func<Sentence, IReadOnlyList<DateExpression>> datesIn, Func<Sentence, IReadOnlyList<Mention>> mentionsIn)
    {
        var built = new Dictionary<int, Meeting>();
        foreach (var agreement in agreements.Where(a => a.ProducedBy is null && a.AlsoProducedBy is null))
        {
            if (agreement.Mentions.Any(m => m.Recalled)) continue;
            var concluded = agreement.Mentions.FirstOrDefault(m => m.Concluded && !m.Recalled && !m.Upheld && !m.NotMade);
            if (concluded is null) continue;
            var sentence = concluded.Sentence;
            if (!SigningVerb.AnyIn(sentence.Tokens) || PlannedSigning.Only(sentence)) continue;
            // A gathering the sentence itself names is told there: the meeting stage has read that sentence already.
            if (meetings.Any(m => m.Mentions.Any(x => x.Sentence.Index == sentence.Index))) continue;
            if (!meetings.Any(m => m.Id is not null && timeApart.Apart(sentence, m))) continue;
            var dates = datesIn(sentence).Where(d => d.Value is { Length: >= 7 } && !new[] { "by ", "until", "since", "after" }
                .Any(p => d.Text.StartsWith(p, StringComparison.OrdinalIgnoreCase))).DistinctBy(d => d.Value).ToList();
            if (dates is not [var date]) continue;
            // The document's own year must be the signing's: a document with no year of its own would take the signing's date into
            // its identity, and one of another year was made at another time.
            if (agreement.Year is not { } year || !date.Value!.StartsWith(year.ToString("D4"), StringComparison.Ordinal)) continue;
            var mentions = mentionsIn(sentence);
            var signers = agreement.Signatories.Where(s => s.Value.Index == sentence.Index && mentions.Any(m => m.EntityId == s.Key)).Select(s => s.Key).ToList();
            var places = mentions.Where(m => m.EntityId is not null && m.Kind is MentionKind.Place or MentionKind.Country && AfterALocative(sentence.Tokens, m)).ToList();
            if (signers.Count == 0) continue;
            if (!built.TryGetValue(sentence.Index, out var meeting))
            {
                meeting = new Meeting { Kind = MeetingKinds.Signing, Date = date.Value, Held = true };
                meeting.Mentions.Add(new MeetingMention { Sentence = sentence, TokenStart = date.TokenStart, Kind = MeetingKinds.Signing, Date = date });
                meeting.Places.AddRange(places);
                if (places.Count > 0) meeting.PlaceRule = Rule;
                built[sentence.Index] = meeting;
            }
            foreach (var signer in signers)
            {
                meeting.Participants.TryAdd(signer, "participant");
                meeting.ParticipantEvidence.TryAdd(signer, sentence);
                meeting.ParticipantRules.TryAdd(signer, Rule);
            }
            agreement.ProducedBy = meeting;
            agreement.ProducedEvidence = sentence;
            agreement.ProducedByReference = false;
        }
        return built.Values.ToList();
    }

    /// <summary>A place right after "in" or "at" ("in Velmora", "at the Harbour Hall"): where the act was done.</summary>
    private static bool AfterALocative(List<Token> tokens, Mention place)
    {
        var i = place.TokenStart - 1;
        if (i >= 0 && tokens[i].Lower == "the") i--;
        return i >= 0 && tokens[i].Lower is "in" or "at";
    }
}
