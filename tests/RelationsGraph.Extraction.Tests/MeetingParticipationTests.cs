namespace RelationsGraph.Extraction.Tests;

/// <summary>Who was at a gathering: verbs without meeting nouns, negation and modality, clauses and possessives.</summary>
public class MeetingParticipationTests
{
    [Fact]
    public void SigningTogetherIsAMeetingThatProducesTheAgreement()
    {
        var d = TestArticles.Extract("date 2025-03-04 Chilean President Gabriel Boric and Argentine President Javier Milei signed a border treaty in Santiago on Monday.");
        var meeting = Assert.Single(d.OfType("Meeting"));
        Assert.Equal("Santiago", meeting.Place);
        Assert.True(d.Has("ATTENDED", "person:gabriel-boric", meeting.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:javier-milei", meeting.Id), d.Dump());
        var treaty = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("PRODUCED", meeting.Id, treaty.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:gabriel-boric", treaty.Id), d.Dump());
    }

    [Fact]
    public void AttendingWithoutANounJoinsTheGatheringUnderDiscussion()
    {
        var d = TestArticles.Extract("""
            date 2025-06-02 Kenyan President William Ruto hosted the East African Community summit in Nairobi on Sunday.
            Tanzanian President Amina Juma and Ugandan Prime Minister Okello Odoi were among the leaders attending.
            """);
        var meeting = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:amina-juma", meeting.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:okello-odoi", meeting.Id), d.Dump());
    }

    [Fact]
    public void RepresentedByNamesTheAttendeeNotThePlace()
    {
        var d = TestArticles.Extract("""
            date 2025-06-30 Trade Minister Sara Holm did not attend a meeting of trade ministers in Lima on Friday.
            Sweden was represented by its ambassador to Peru, Nils Berg.
            """);
        var meeting = Assert.Single(d.OfType("Meeting"));
        Assert.Equal("Lima", meeting.Place);
        Assert.True(d.Has("ATTENDED", "person:nils-berg", meeting.Id), d.Dump());
        Assert.DoesNotContain(d.Relationships, r => r.Type == "ATTENDED" && r.From == "person:sara-holm");
    }

    [Fact]
    public void DidNotMeetLeavesTheVisitButNotThePersonNotMet()
    {
        var d = TestArticles.Extract("""
            date 2025-09-18 Foreign Minister Cho Hyun held talks with Chinese Foreign Minister Wang Yi in Beijing on Wednesday.
            Cho did not meet Premier Li Qiang during the two-day visit.
            """);
        // The visit is an event of its own beside the talks; the negated meeting is none.
        var meeting = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:wang-yi", m.Id));
        Assert.True(d.Has("ATTENDED", "person:cho-hyun", meeting.Id), d.Dump());
        Assert.DoesNotContain(d.Relationships, r => r.Type == "ATTENDED" && r.From == "person:li-qiang");
    }

    [Fact]
    public void LikelyToMeetIsNoMeetingOfThosePeople()
    {
        var d = TestArticles.Extract("date 2025-06-30 Australian Prime Minister Anthony Albanese is likely to meet President Xi Jinping in Beijing during the visit next month.");
        Assert.DoesNotContain(d.Relationships, r => r.Type == "ATTENDED" && r.From == "person:xi-jinping");
    }

    [Fact]
    public void AlsoMetIsAnotherEncounter()
    {
        var d = TestArticles.Extract("""
            date 2025-09-18 Foreign Minister Cho Hyun held talks with Chinese Foreign Minister Wang Yi in Beijing on Wednesday.
            Cho also met Chinese Vice President Han Zheng and conveyed President Lee Jae Myung's wish for a summit.
            """);
        var withHan = d.Relationships.Single(r => r.Type == "ATTENDED" && r.From == "person:han-zheng").To;
        Assert.False(d.Has("ATTENDED", "person:wang-yi", withHan), d.Dump());
        Assert.False(d.Has("ATTENDED", "person:lee-jae-myung", withHan), d.Dump());
    }

    [Fact]
    public void AVisitBySomeoneIsTheirsAlone()
    {
        var d = TestArticles.Extract("date 2025-09-18 Cho Hyun held talks with Wang Yi in Beijing, and the two sides agreed to push for a visit to Seoul by Chinese President Xi Jinping.");
        var visit = d.Relationships.Single(r => r.Type == "ATTENDED" && r.From == "person:xi-jinping").To;
        Assert.False(d.Has("ATTENDED", "person:wang-yi", visit), d.Dump());
        Assert.Equal("planned", d.Entity(visit).Status);
    }

    [Fact]
    public void PassiveReceptionNamesTheHostAfterBy()
    {
        var d = TestArticles.Extract("date 2025-01-15 Kenyan President William Ruto was received by Qatari Emir Tamim bin Hamad Al Thani in Doha on Tuesday.");
        var meeting = Assert.Single(d.OfType("Meeting"));
        Assert.Equal("2025-01-14", meeting.Date);
        var host = d.Relationships.Single(r => r.Type == "ATTENDED" && r.From == "person:tamim-bin-hamad-al-thani");
        Assert.Equal("host", host.Role);
    }

    [Fact]
    public void ABlocMeetingACountryIsNotTheBlocsOwnSummit()
    {
        var d = TestArticles.Extract("""
            date 2025-05-19 Canada and the European Union held their first summit in Ottawa on Monday.
            Prime Minister Mark Carney hosted Commission President Ursula von der Leyen and Council President Antonio Costa in Ottawa.
            Kaja Kallas also attended.
            """);
        var meeting = Assert.Single(d.OfType("Meeting"));
        Assert.DoesNotContain("union", meeting.Id);
        Assert.True(d.Has("ATTENDED", "person:kaja-kallas", meeting.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:antonio-costa", meeting.Id), d.Dump());
    }

    [Fact]
    public void NewsConferencesVisitingForcesAndCallsHaveNoMeetingOrPlaceOfTheirOwn()
    {
        var d = TestArticles.Extract("""
            date 2025-02-18 Indian Prime Minister Narendra Modi spoke by telephone with U.S. President Donald Trump on Monday.
            Trump told a news conference in Washington that the call went well.
            Manila hosts U.S. troops under a visiting forces agreement.
            """);
        var call = Assert.Single(d.OfType("Meeting"));
        Assert.Equal("phone_call", call.Kind);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "HELD_IN");
    }

    [Fact]
    public void MinistersSigningDuringTheirLeadersVisitHoldASigningOfTheVisitOfTheirOwn()
    {
        // A signing by people not told at the visit is its own event of the visit's programme (see SigningWithinVisit.BySignersNewTo).
        var d = TestArticles.Extract("""
            date 2025-08-28 Brazilian President Luiz Inacio Lula da Silva received Mexican President Claudia Sheinbaum in Brasilia on Wednesday.
            Brazilian Foreign Minister Mauro Vieira and Mexican Foreign Minister Elena Ruiz also signed an agreement on ethanol cooperation.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        var signing = Assert.Single(d.OfType("Meeting"), m => d.Has("PRODUCED", m.Id, agreement.Id));
        Assert.True(d.Has("ATTENDED", "person:elena-ruiz", signing.Id), d.Dump());
        Assert.False(d.Has("ATTENDED", "person:claudia-sheinbaum", signing.Id), d.Dump());
        Assert.Contains(d.OfType("Meeting"), m => m.Kind == "visit" && d.Has("ATTENDED", "person:claudia-sheinbaum", m.Id));
        Assert.True(d.Has("SIGNED", "person:elena-ruiz", agreement.Id), d.Dump());
    }
}
