namespace RelationsGraph.Extraction.Tests;

/// <summary>Where a meeting was held, from wording beyond "in" and "at": its own name, a room of a building, the dateline's forms.</summary>
public class MeetingPlaceFromWordingTests
{
    [Fact]
    public void AMeetingCalledAfterItsTownIsHeldThere()
    {
        var d = TestArticles.Extract("""
            date 2024-03-10 Chilean Foreign Minister Alberto van Klaveren and Argentine Foreign Minister Diana Mondino ended the Asuncion talks on Sunday.
            """);
        var talks = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("HELD_IN", talks.Id, "place:asuncion"), d.Dump());
    }

    [Fact]
    public void ACapitalThatIsOneSideOfAPairIsNoPlace()
    {
        var d = TestArticles.Extract("""
            date 2024-03-10 Chilean Foreign Minister Alberto van Klaveren and Argentine Foreign Minister Diana Mondino praised the Santiago-Buenos Aires talks on Sunday.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "HELD_IN" && r.To == "place:buenos-aires");
    }

    [Fact]
    public void ACountryBeforeTheMeetingNounNamesASideNotThePlace()
    {
        var d = TestArticles.Extract("""
            date 2024-03-10 Kenyan President William Ruto praised the Ethiopia summit he held with Prime Minister Abiy Ahmed on Saturday.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "HELD_IN" && r.To == "country:et");
    }

    [Fact]
    public void ARoomOfAPalaceIsInThatPalace()
    {
        var d = TestArticles.Extract("""
            date 2024-05-02 Portuguese Prime Minister Luis Montenegro and Spanish Prime Minister Pedro Sanchez held talks in the gardens of the Moncloa Palace on Thursday.
            """);
        var talks = Assert.Single(d.OfType("Meeting"));
        Assert.Contains(d.Relationships, r => r.Type == "HELD_IN" && r.From == talks.Id && r.To.Contains("moncloa"));
    }

    [Theory]
    [InlineData("SANTIAGO, Chile - Chilean President Gabriel Boric met Argentine President Javier Milei on Monday.")]
    [InlineData("SANTIAGO, 4 March 2024 - Chilean President Gabriel Boric met Argentine President Javier Milei on Monday.")]
    [InlineData("SANTIAGO, March 4, 2024 (Andes Wire) - Chilean President Gabriel Boric met Argentine President Javier Milei on Monday.")]
    public void DatelineFormsOfTheWiderWorldPlaceTheStorysMeeting(string line)
    {
        var d = TestArticles.Extract("date 2024-03-05\nBoric meets Milei\n\n" + line);
        var talks = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("HELD_IN", talks.Id, "place:santiago"), d.Dump());
        Assert.DoesNotContain("SANTIAGO", TestArticles.Read("date 2024-03-05\nBoric meets Milei\n\n" + line).Text);
    }

    [Fact]
    public void AnAccentedDatelineIsRead()
    {
        var article = TestArticles.Read("date 2024-03-05\nTalks\n\nBOGOTÁ, March 4 - Colombian President Gustavo Petro met Ecuadorian President Daniel Noboa.");
        Assert.Equal("BOGOTÁ", article.DatelinePlace);
    }

    [Fact]
    public void AVisitToTheDatelinesCountryIsInTheDatelineCity()
    {
        var d = TestArticles.Extract("date 2024-03-05\nHassan in Kenya\n\nNAIROBI, March 4 - Tanzanian President Samia Suluhu Hassan arrived on Monday for a state visit to Kenya.");
        var visit = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("HELD_IN", visit.Id, "place:nairobi"), d.Dump());
    }

    [Fact]
    public void AVisitToAnotherCountryTakesNoDatelineCity()
    {
        var d = TestArticles.Extract("date 2024-03-05\nHassan to visit Uganda\n\nNAIROBI, March 4 - Tanzanian President Samia Suluhu Hassan arrived on Monday for a state visit to Uganda.");
        Assert.DoesNotContain(d.Relationships, r => r.Type == "HELD_IN" && r.To == "place:nairobi");
    }

    [Fact]
    public void APlaceBeforeAWhereClauseIsWhereItsGatheringWasHeld()
    {
        var d = TestArticles.Extract("""
            date 2024-06-12 Kenyan President William Ruto flew home on Tuesday from Kampala, where he had held talks with Ugandan President Yoweri Museveni.
            """);
        var talks = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("HELD_IN", talks.Id, "place:kampala"), d.Dump());
    }

    [Fact]
    public void TheWhereClauseSpeaksOfThePlaceNotOfItsApposition()
    {
        var d = TestArticles.Extract("""
            date 2024-06-12 Kenyan President William Ruto travelled on to Mombasa, the port city of Kenya, where he held talks with Ugandan President Yoweri Museveni.
            """);
        var talks = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("HELD_IN", talks.Id, "place:mombasa"), d.Dump());
        Assert.False(d.Has("HELD_IN", talks.Id, "country:ke"), d.Dump());
    }

    [Fact]
    public void ASentenceOpeningOnThereHappensWhereThePreviousOneWent()
    {
        var d = TestArticles.Extract("""
            date 2024-06-12 Ugandan President Yoweri Museveni landed on Tuesday and was driven to the Moncloa Palace.
            There, Museveni and Spanish Prime Minister Pedro Sanchez signed a trade pact.
            """);
        var signing = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:pedro-sanchez", m.Id));
        Assert.Contains(d.Relationships, r => r.Type == "HELD_IN" && r.From == signing.Id && r.To.Contains("moncloa"));
    }

    [Fact]
    public void AnExistentialThereSaysNothingOfPlace()
    {
        var d = TestArticles.Extract("""
            date 2024-06-12 Ugandan President Yoweri Museveni landed on Tuesday and was driven to the Moncloa Palace.
            There were talks between Museveni and Spanish Prime Minister Pedro Sanchez on Wednesday.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "HELD_IN" && r.Evidence.StartsWith("There were") && r.To.Contains("moncloa"));
    }
}
