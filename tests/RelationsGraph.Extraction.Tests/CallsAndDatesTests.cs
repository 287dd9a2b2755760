namespace RelationsGraph.Extraction.Tests;

/// <summary>Calls told by the bare verb or noun "call", and which date of a clause a meeting takes.</summary>
public class CallsAndDatesTests
{
    [Fact]
    public void CallingSomeoneInARelativeClauseIsACallOnTheClausesDay()
    {
        var d = TestArticles.Extract("""
            date 2024-11-05 Kenyan President William Ruto, who had called Ghanaian President Nana Akufo-Addo on October 11, said trade would grow.
            """);
        var call = d.OfType("Meeting").Single(m => m.Kind == "phone_call");
        Assert.True(d.Has("ATTENDED", "person:william-ruto", call.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:nana-akufo-addo", call.Id), d.Dump());
        Assert.Equal("2024-10-11", call.Date);
    }

    [Fact]
    public void CallingSomeoneANameIsNoCall()
    {
        var d = TestArticles.Extract("""
            date 2024-11-05 Kenyan President William Ruto called Ghanaian President Nana Akufo-Addo a true friend of the region.
            """);
        Assert.DoesNotContain(d.OfType("Meeting"), m => m.Kind == "phone_call");
    }

    [Fact]
    public void ACallWithSomeoneIsACallBetweenTheTwo()
    {
        var d = TestArticles.Extract("""
            date 2024-11-05 In a call with Chilean President Gabriel Boric on Monday, Argentine President Javier Milei discussed the border.
            """);
        var call = d.OfType("Meeting").Single(m => m.Kind == "phone_call");
        Assert.True(d.Has("ATTENDED", "person:gabriel-boric", call.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:javier-milei", call.Id), d.Dump());
    }

    [Fact]
    public void ACallForActionIsNoCall()
    {
        var d = TestArticles.Extract("""
            date 2024-11-05 Argentine President Javier Milei repeated his call for lower tariffs, and the call was welcomed by farmers.
            """);
        Assert.DoesNotContain(d.OfType("Meeting"), m => m.Kind == "phone_call");
    }

    [Fact]
    public void ASummitPlannedAfterAnotherActTakesItsOwnDate()
    {
        var d = TestArticles.Extract("""
            date 2023-12-20 Brazil takes over the chair of the bloc on 1 January and will host the next Mercosur summit in Brasilia in July 2024.
            """);
        var summit = d.OfType("Meeting").Single(m => m.Kind == "summit");
        Assert.Equal("2024-07", summit.Date);
    }

    [Fact]
    public void TalksToldAsPartOfAVisitTakeTheVisitsDay()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10 Indonesian President Joko Widodo wrapped up a state visit to Vietnam on May 8 with talks alongside Vietnamese President To Lam.
            """);
        var talks = d.OfType("Meeting").SingleOrDefault(m => m.Kind == "talks");
        Assert.NotNull(talks);
        Assert.Equal("2024-05-08", talks!.Date);
    }

    [Fact]
    public void ALegOfATripIsAVisitToItsPlace()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10 Indonesian President Joko Widodo and Vietnamese President To Lam then travelled together to Hue, where they toured the citadel.
            """);
        var visit = d.OfType("Meeting").Single(m => m.Kind == "visit");
        Assert.True(d.Has("ATTENDED", "person:joko-widodo", visit.Id), d.Dump());
        Assert.True(d.Has("HELD_IN", visit.Id, "place:hue"), d.Dump());
    }

    [Fact]
    public void AJourneyAnnouncedAheadIsAPlannedVisit()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10 Kenyan President William Ruto is due to fly on to Mombasa on Monday, his office said.
            """);
        var visit = d.OfType("Meeting").Single(m => m.Kind == "visit");
        Assert.Equal("planned", visit.Status);
        Assert.True(d.Has("ATTENDED", "person:william-ruto", visit.Id), d.Dump());
        Assert.True(d.Has("HELD_IN", visit.Id, "place:mombasa"), d.Dump());
    }

    [Fact]
    public void ATripTodayToldInThePresentWithItsDayIsAPlannedVisit()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10 Kenyan President William Ruto flies to Mombasa tomorrow to open a port terminal.
            """);
        var visit = d.OfType("Meeting").Single(m => m.Kind == "visit");
        Assert.True(d.Has("ATTENDED", "person:william-ruto", visit.Id), d.Dump());
    }

    [Fact]
    public void TravelAsANounOrAJourneyOfNobodyNamedOrToASpotNearAPlaceIsNoVisit()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10 The ministry lifted its ban on travel to Mombasa.
            An advance team of Kenyan engineers is expected to travel to Mombasa next week.
            Kenyan President William Ruto is expected to travel to the new refinery outside Mombasa in June.
            """);
        Assert.DoesNotContain(d.OfType("Meeting"), m => m.Kind == "visit");
    }

    [Fact]
    public void AJourneyAheadToAGatheringToldWhereItGoesIsThatGatheringAlone()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10 Kenyan President William Ruto will then travel to Arusha, where he is to attend a summit of East African leaders.
            """);
        Assert.DoesNotContain(d.OfType("Meeting"), m => m.Kind == "visit");
    }

    [Fact]
    public void AJourneyForAnotherGatheringIsThatGatheringAlone()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10 Indonesian President Joko Widodo flew to Hanoi for talks with Vietnamese President To Lam.
            """);
        Assert.DoesNotContain(d.OfType("Meeting"), m => m.Kind == "visit");
    }

    [Fact]
    public void TheyOpeningASentenceAreThePeopleOfTheStory()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10 Indonesian President Joko Widodo met Vietnamese President To Lam in Hanoi on Wednesday.
            They had first spoken by phone in March.
            """);
        var call = d.OfType("Meeting").Single(m => m.Kind == "phone_call");
        Assert.True(d.Has("ATTENDED", "person:joko-widodo", call.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:to-lam", call.Id), d.Dump());
    }

    [Fact]
    public void CallsWithBothOfTwoPeopleAreACallWithEachOnTheSameDay()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10 Kenyan President William Ruto said on Thursday he had spoken by telephone with both Ghanaian President Nana Akufo-Addo and Nigerian President Bola Tinubu.
            """);
        var calls = d.OfType("Meeting").Where(m => m.Kind == "phone_call").ToList();
        Assert.Equal(2, calls.Count);
        Assert.All(calls, c => Assert.True(d.Has("ATTENDED", "person:william-ruto", c.Id), d.Dump()));
        Assert.All(calls, c => Assert.Equal("2024-05-09", c.Date));
    }

    [Fact]
    public void ANounRestatedAfterACommaLeavesTheDateToTheFirstReference()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10 Observers recalled the summit in Lusaka in 2019, a summit that ended without a communique, attended by Zambian President Edgar Lungu.
            """);
        Assert.Contains(d.OfType("Meeting"), m => m.Date == "2019");
    }
}
