using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Knowledge;
using RelationsGraph.Extraction.Meetings;
using RelationsGraph.Extraction.Reading;

namespace RelationsGraph.Extraction.Pipeline;

/// <summary>The references to gatherings, sentence by sentence, and the meetings they were merged into (ids set for the held and planned ones kept).</summary>
/// <remarks><see cref="WithPronounSubject"/>: each sentence's mentions with its sentence-initial pronoun subject (see <see cref="PronounSubject"/>),
/// read once here and again by the agreements, which sign with it.</remarks>
internal sealed record MeetingOutput(IReadOnlyList<MeetingMention> Mentions, IReadOnlyList<Meeting> Meetings, IReadOnlyList<IReadOnlyList<Mention>> WithPronounSubject);

/// <summary>
/// Stage 6: meetings with their arguments (who, with whom, where, when, kind, held or planned).
/// Writes Meeting nodes with ATTENDED and HELD_IN into the article's graph.
/// </summary>
internal sealed class MeetingStage(KnowledgeBase knowledge)
{
    public MeetingOutput Run(Article article, SentenceOutput sentences, ResolvedEntities entities, DatingOutput dates, ExtractionTrace? trace)
    {
        var before = entities.Relationships.All.Count;
        var all = sentences.Sentences;
        // In order: a pronoun that opens a sentence after one opened by a pronoun continues the same subject (a chain of "He ...").
        var withPronounSubject = new List<IReadOnlyList<Mention>>(all.Count);
        foreach (var s in all)
        {
            var previous = s.Index > 0 ? all[s.Index - 1] : null;
            var previousMentions = s.Index > 0 ? withPronounSubject[s.Index - 1] : null;
            withPronounSubject.Add(PluralPronounOpening.With(s, PronounSubject.With(s, entities.MentionsBySentence[s.Index], previous, previousMentions), previous, previousMentions));
        }
        var withPronouns = all.Select(s => CalledOnPronoun.With(s, ReportedSpeechPronoun.With(s, CoordinatedPronounSubject.With(s, withPronounSubject[s.Index])),
            s.Index > 0 ? all[s.Index - 1] : null, s.Index > 0 ? withPronounSubject[s.Index - 1] : null)).ToList();
        var mentions = all.SelectMany(s => MeetingMentionFinder.Find(s, withPronouns[s.Index], dates.BySentence[s.Index], dates.ArticleYear)).ToList();
        ThereOpening.Apply(mentions, all, entities.MentionsBySentence);
        ThereAfterTheMeeting.Apply(mentions, all, entities.MentionsBySentence);
        LinePerPersonRoll.Apply(mentions, all, entities.MentionsBySentence);
        RollOfTheOnlookers.Apply(mentions, all);
        QuotedCommentator.Apply(mentions, entities.MentionsBySentence);
        SummitDating.Apply(mentions, dates.BySentence, dates.ArticleYear);
        NarrativeNext.Date(mentions, dates.BySentence);
        var venues = new VenueCity(knowledge, entities.Registry);
        var dateline = DatelineVenue.Resolve(BureauDateline.VenueStandIn(article.DatelinePlace, HeadlineVenue.Of(article.Title, all, entities.MentionsBySentence), knowledge), article.Published, knowledge);
        // A story filed from the town its traveller comes home to is filed from home: the dateline places none of the trip's meetings.
        if (dateline is not null && HomecomingTown.IsHome(dateline.PlaceId, entities.MentionsBySentence)) dateline = null;
        var placeCountryOf = OtherCountry.Lookup(entities.Relationships);
        var meetings = MeetingClusterer.Cluster(mentions, new ClusteringFacts(entities.CountryOf, dates.ArticleYear, article.Published,
            placeCountryOf, p => !venues.IsVenue(p) && venues.IsTown(p),
            // The story's pair is asked for only by a pair reference ("the two leaders"): no such reference, no count of the story's people.
            mentions.Exists(m => m.RefersToPair) ? new StoryPair(entities.MentionsBySentence, entities.CountryOf) : null, dateline?.Name));
        FollowUpPlanPlace.Apply(meetings);
        VisitorAtHostedMeal.Apply(meetings);
        SentenceVenue.Apply(meetings, entities.MentionsBySentence, venues.IsVenue);
        VenueOfAPlacedMeeting.Apply(meetings, mentions, venues.IsVenue);
        WelcomeThenTalks.Apply(meetings, venues.IsVenue);
        SentenceTown.Apply(meetings, entities.MentionsBySentence, p => !venues.IsVenue(p) && venues.IsTown(p));
        // After the towns: "in the capital" retells the town named just before, for a meeting placed nowhere of its own.
        TownRetoldByItsNoun.Apply(meetings, entities.MentionsBySentence, p => !venues.IsVenue(p) && venues.IsTown(p),
            p => knowledge.Lookup(p.Canonical ?? p.Surface).Any(e => e.Kind == GazetteerKind.Capital), dateline?.Unplaced(meetings, entities.MentionsBySentence));
        // After the towns: a meeting placed in its own sentence keeps that place; only one placed nowhere takes the setting.
        VenueOfTheSentenceBefore.Apply(meetings, entities.MentionsBySentence, venues.IsVenue);
        // After the meetings' own towns and settings: a traveller's meetings told right after an arrival take its town.
        ArrivalTown.Apply(meetings, entities.MentionsBySentence, withPronounSubject, p => !venues.IsVenue(p) && venues.IsTown(p));
        // Before the dateline: a signing told bare after its placed negotiation takes that place, not the dateline's.
        SigningPlacedByTheMeetingBefore.Apply(meetings);
        LoneReferenceOfTheEvent.Apply(meetings);
        SigningCeremonyTwins.Apply(meetings);
        var placedByDateline = dateline?.Unplaced(meetings, entities.MentionsBySentence);
        LoneCeremonialMoment.Apply(meetings, placedByDateline);
        PassingLookBack.Apply(meetings, dates.ArticleYear, placedByDateline);
        CeremonyOfTheGathering.Apply(meetings);
        new MeetingGraphBuilder(entities.Registry, entities.Relationships, entities.People, venues, entities.MentionsBySentence)
            .Build(meetings, dateline);
        // After the ids and names are fixed: the host joins the story's visit without renaming it.
        HostAtTheStorysVisit.Apply(meetings, entities.CountryOf, placeCountryOf, entities.Registry, entities.Relationships);
        // After the host read from an encounter: a visit still without its host takes the visited country's one named leader.
        HeadOfTheVisitedState.Apply(meetings, entities.People, entities.CountryOf, placeCountryOf, entities.Registry, entities.Relationships);
        VisitorAtTheVisitsHostedParts.Apply(meetings, entities.CountryOf, placeCountryOf, entities.Relationships);
        if (trace is not null)
        {
            trace.Stage("meetings", $"{mentions.Count} references, {meetings.Count(m => m.Id is not null)} meetings");
            foreach (var p in withPronouns.SelectMany(x => x).Where(x => x.Rule.StartsWith("pronoun subject", StringComparison.Ordinal)))
                trace.Line($"[{p.Sentence.Index}] '{p.Surface}' -> {p.EntityId}  <- {p.Rule}");
            foreach (var m in mentions) trace.Line(Describe(m));
            foreach (var meeting in meetings)
                trace.Line($"{meeting.Id ?? (meeting.NotKeptBecause is { } why ? $"(not kept: {why})" : "(not kept: nobody, no grouping, or no date and place)")} kind {meeting.Kind}, " +
                           $"{(meeting.Held ? "held" : "planned")}, date {meeting.Date ?? "-"}, from sentences {string.Join(",", meeting.Mentions.Select(x => x.Sentence.Index).Distinct())}");
            GraphStage.TraceRelationships(trace, entities.Relationships, before);
        }
        return new MeetingOutput(mentions, meetings, withPronounSubject);
    }

    private static string Describe(MeetingMention m)
    {
        var tokens = m.Sentence.Tokens;
        var words = string.Join(' ', tokens.Skip(m.TokenStart).Take(m.TokenEnd - m.TokenStart).Select(t => t.Text));
        var cues = new List<string>();
        if (m.Attendance) cues.Add(m.AddressesAudience ? "addresses the gathering's audience" : m.AttendedAct is null ? "attendance verb" : $"attendance of a {m.AttendedAct}");
        if (m.Signing) cues.Add("joint signing");
        if (m.Organization is not null) cues.Add($"grouping '{m.Organization.Surface}'");
        if (m.Planned) cues.Add("planned cue");
        if (m.Speculative) cues.Add("speculative or negated");
        if (m.Recalled) cues.Add("recalled past event");
        if (m.TimeAnchor) cues.Add("time anchor only");
        if (m.OnSidelines) cues.Add("on the sidelines");
        if (m.AtGathering) cues.Add("held at a grouping's gathering");
        if (m.Ellipsis) cues.Add("'so did': the previous sentence's gathering");
        if (m.RefersToGroup) cues.Add("refers to the group under discussion");
        cues.AddRange(m.Notes);
        var who = m.Participants.Count == 0 ? "nobody" : string.Join(", ", m.Participants.Select(p => $"{p.Key} ({p.Value})"));
        var where = m.Places.Count == 0 ? "" : $" at {string.Join(", ", m.Places.Select(p => p.Surface))}";
        return $"[{m.Sentence.Index}] '{words}' kind {m.Kind}{where}, date {m.Date?.Value ?? (m.Date is null ? "-" : "(" + m.Date.Text + ")")}: {who}" +
               (m.Absent.Count > 0 ? $"; absent {string.Join(", ", m.Absent)}" : "") + (cues.Count > 0 ? $"  <- {string.Join("; ", cues)}" : "");
    }
}
