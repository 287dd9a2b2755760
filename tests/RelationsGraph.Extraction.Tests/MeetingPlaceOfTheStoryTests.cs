namespace RelationsGraph.Extraction.Tests;

/// <summary>Where the story's meetings are held: not where an earlier or later trip of the same people went.</summary>
public class MeetingPlaceOfTheStoryTests
{
    [Fact]
    public void AnEarlierMonthsVisitDoesNotPlaceTheUndatedTalksOfTheStory()
    {
        var d = TestArticles.Extract("""
            date 2025-06-14 Uruguayan President Yamandú Orsi arrived in Santiago on Saturday.
            In February, Orsi paid a state visit to Argentina, his first trip abroad as president.
            Orsi also met Chilean Foreign Minister Alberto van Klaveren to discuss port investment.
            """);
        var talks = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:alberto-van-klaveren", m.Id));
        Assert.False(d.Has("HELD_IN", talks.Id, "country:ar"), d.Dump());
    }
}

/// <summary>The place of what a meeting is about is not where it is held.</summary>
public class SituationSettingTests
{
    [Fact]
    public void ThePlaceOfTheFightingIsNotWhereTheDealWasSigned()
    {
        var d = TestArticles.Extract("""
            date 2024-03-08 The foreign ministers of Ethiopia and Eritrea signed a border accord on Friday meant to end the fighting in eastern Sudan, in a ceremony attended by Kenyan President William Ruto.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "HELD_IN" && r.To == "country:sd");
    }

    [Fact]
    public void TalksAboutTheWarInACountryAreNotHeldThere()
    {
        var d = TestArticles.Extract("""
            date 2024-03-08 French President Emmanuel Macron held talks with German Chancellor Olaf Scholz on Friday about the war in Ukraine.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "HELD_IN" && r.To == "country:ua");
    }
}

/// <summary>A side trip told late in a story does not move the story's gathering out of the dateline city.</summary>
public class LateSideTripTests
{
    [Fact]
    public void AnUndatedTripToldAfterTheLeadLeavesTheTalksInTheDatelineCity()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10

            OSLO, May 10 (Wire) - Polish Prime Minister Donald Tusk held talks with Norwegian Prime Minister Jonas Gahr Store on Friday.

            The two discussed gas supplies and the war.

            Energy prices dominated the agenda.

            Polish President Andrzej Duda had earlier travelled to Berlin for talks with German Chancellor Olaf Scholz.
            """);
        var talks = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:donald-tusk", m.Id) && m.Date == "2024-05-10");
        Assert.True(d.Has("HELD_IN", talks.Id, "place:oslo"), d.Dump());
    }
}

/// <summary>A visit still to come, named beside the story's meeting, does not move that meeting out of the dateline city.</summary>
public class FutureVisitBesideTests
{
    [Fact]
    public void ALaterVisitNamedInTheSentenceLeavesTheTalksInTheDatelineCity()
    {
        var d = TestArticles.Extract("""
            date 2025-03-12

            VIENNA, March 12 (Wire) - European leaders agreed on Wednesday to raise their spending on defence.

            Spanish Prime Minister Pedro Sanchez and Portuguese Prime Minister Luis Montenegro also held a bilateral meeting at the venue ahead of a state visit by Sanchez to Portugal next month.
            """);
        var talks = d.OfType("Meeting").Single(m => m.Kind == "talks" && d.Has("ATTENDED", "person:luis-montenegro", m.Id));
        Assert.True(d.Has("HELD_IN", talks.Id, "place:vienna"), d.Dump());
    }
}

/// <summary>Place granularity: a ceremonial event at a venue is told by the venue; talks at a venue by the dateline town too.</summary>
public class CeremonyAtAVenueTests
{
    [Fact]
    public void ABanquetAtAPalaceIsHeldAtThePalaceNotInTheDatelineCity()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10

            ACCRA, May 10 (Wire) - Ghanaian President Nana Akufo-Addo hosted a state banquet for Nigerian President Bola Tinubu at Jubilee House on Friday evening.
            """);
        var banquet = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("HELD_IN", banquet.Id, "place:jubilee-house"), d.Dump());
        Assert.False(d.Has("HELD_IN", banquet.Id, "place:accra"), d.Dump());
    }
}

/// <summary>An outlet's masthead in capitals before a dash is not the town the story was filed from.</summary>
public class MastheadIsNoDatelineTests
{
    [Fact]
    public void TheOutletsNameDoesNotPlaceTheTalks()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10

            HIGHLAND GAZETTE — World

            HIGHLAND GAZETTE — Polish Prime Minister Donald Tusk held talks with Norwegian Prime Minister Jonas Gahr Store on Friday.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "HELD_IN" && r.To.Contains("gazette"));
    }

    [Fact]
    public void AnUnlistedTownInADatelineStillPlacesTheTalks()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10

            KVALSUND, Norway, May 10 (Wire) - Polish Prime Minister Donald Tusk held talks with Norwegian Prime Minister Jonas Gahr Store on Friday.
            """);
        Assert.Contains(d.Relationships, r => r.Type == "HELD_IN" && r.To == "place:kvalsund");
    }
}

/// <summary>"at the presidential Mirador House": words describing a named venue do not part it from its locative.</summary>
public class DescribedVenueTests
{
    [Fact]
    public void AVenueDescribedAfterItsArticleStillPlacesTheMeeting()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10 Chilean Foreign Minister Alberto Costanera called on Peruvian President Marta Quispe at the presidential Mirador House on Friday.
            """);
        var call = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("HELD_IN", call.Id, "place:mirador-house"), d.Dump());
    }

    [Fact]
    public void InThePresenceOfALeaderIsNoPlace()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10 At a ceremony in the Velden Palace on Friday, the foreign ministers of Estovia and Marnia signed a water accord in the presence of Swiss President Anna Keller.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "HELD_IN" && r.To == "country:ch");
    }
}
