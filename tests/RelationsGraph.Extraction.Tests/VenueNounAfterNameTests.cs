namespace RelationsGraph.Extraction.Tests;

/// <summary>A venue's name followed by its lowercase common noun ("the Orvela palace") is one name, and the bare name is the same place.</summary>
public class VenueNounAfterNameTests
{
    [Fact]
    public void TheLowercasePalaceIsPartOfTheVenuesName()
    {
        var d = TestArticles.Extract("""
            date 2021-05-11

            Malian President Issa Kantao held talks with Nigerien President Moussa Dandi at the Orvela palace on Monday.
            """);
        var talks = Assert.Single(d.OfType("Meeting"));
        var venue = Assert.Single(d.OfType("Place"), p => p.Aliases.Contains("Orvela palace") || p.Name == "Orvela palace");
        Assert.True(d.Has("HELD_IN", talks.Id, venue.Id), d.Dump());
    }

    [Fact]
    public void AQualifiedVenueNounJoinsTheName()
    {
        var d = TestArticles.Extract("""
            date 2021-05-11

            Malian President Issa Kantao met Nigerien President Moussa Dandi in the Kestrin reception hall on Monday.
            """);
        Assert.Contains(d.OfType("Place"), p => p.Name == "Kestrin reception hall");
    }

    [Fact]
    public void TheBareNameLaterIsTheSamePlace()
    {
        var d = TestArticles.Extract("""
            date 2021-05-11

            Malian President Issa Kantao held talks with Nigerien President Moussa Dandi at the Orvela palace on Monday.

            Guards closed the roads around Orvela for the afternoon.
            """);
        var venue = Assert.Single(d.OfType("Place"), p => p.Aliases.Contains("Orvela") || p.Name == "Orvela");
        Assert.Contains("Orvela palace", venue.Aliases.Append(venue.Name));
    }

    [Fact]
    public void ANounThatQualifiesAnotherStaysOut()
    {
        var d = TestArticles.Extract("""
            date 2021-05-11

            Malian President Issa Kantao met Nigerien President Moussa Dandi at Dunmore house rules briefing on Monday.
            """);
        Assert.DoesNotContain(d.OfType("Place"), p => p.Name.EndsWith(" house"));
    }

    [Fact]
    public void TheCityCentreIsNoConferenceCentreNamedBefore()
    {
        var d = TestArticles.Extract("""
            date 2021-05-11

            Delegates gathered at the Vellmar conference centre for the opening session.

            Later Malian President Issa Kantao met Nigerien President Moussa Dandi at a café in the city centre.
            """);
        var talks = Assert.Single(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:issa-kantao", m.Id));
        Assert.DoesNotContain(d.Relationships, r => r.Type == "HELD_IN" && r.From == talks.Id && r.To.StartsWith("place:vellmar") && r.Evidence.Contains("city centre"));
    }
    [Fact]
    public void TheLowercaseKindOfAnAreaIsPartOfItsName()
    {
        var d = TestArticles.Extract("""
            date 2021-05-11

            Malian President Issa Kantao met Nigerien President Moussa Dandi in the Tarvesh region on Monday, near the Ossel river.
            """);
        Assert.Contains(d.OfType("Place"), p => p.Name == "Tarvesh region");
        Assert.Contains(d.OfType("Place"), p => p.Name == "Ossel river");
    }

    [Fact]
    public void TheNameAfterTheAndBeforeAnAreaNounIsAPlaceWithoutALocative()
    {
        var d = TestArticles.Extract("""
            date 2021-05-11

            Heavy rain flooded the Marrowin valley and the Quessa district, and the two ministers later reopened the Dellan border crossing.
            """);
        Assert.Contains(d.OfType("Place"), p => p.Name == "Marrowin valley");
        Assert.Contains(d.OfType("Place"), p => p.Name == "Quessa district");
        Assert.Contains(d.OfType("Place"), p => p.Name == "Dellan border crossing");
    }

    [Fact]
    public void AnAreaNounWithoutTheDefiniteArticleMakesNoPlaceOutOfAName()
    {
        var d = TestArticles.Extract("""
            date 2021-05-11

            Officials said Tomas Verrin station chiefs had resigned on Monday.
            """);
        Assert.DoesNotContain(d.OfType("Place"), p => p.Name.Contains("station"));
    }
}
