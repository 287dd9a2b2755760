namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// Places named beside a meeting that are not where it is held: an envoy's post ("X's ambassador in Y"), the place of
/// unnamed speakers who react to it ("diplomats in Y welcomed the summit"); and a venue reached through a described part of
/// the building ("in the main hall of the Z Hotel").
/// </summary>
public class HeldInNotTheSpeakersOrEnvoysPlaceTests
{
    [Fact]
    public void AnEnvoysPostIsNotWhereTheMeetingIsHeld()
    {
        var d = TestArticles.Extract("""
            date 2011-03-02

            Chilean President Sebastian Pinera held talks with Peruvian President Alan Garcia on Tuesday.
            Carlos Pareja, Peru's ambassador in Santiago, who helped prepare the talks, said the two men discussed fisheries.
            """);
        var talks = d.OfType("Meeting").Single(m => m.Kind == "talks");
        Assert.False(d.Has("HELD_IN", talks.Id, "place:santiago"), d.Dump());
    }

    [Fact]
    public void DiplomatsReactingFromACityDoNotPlaceTheSummitThere()
    {
        var d = TestArticles.Extract("""
            date 1994-05-12

            The presidents of Slovenia, Croatia and Austria held a summit on Wednesday.
            Western diplomats in Vienna welcomed the summit but cautioned that much remained to be done.
            """);
        foreach (var summit in d.OfType("Meeting"))
            Assert.False(d.Has("HELD_IN", summit.Id, "place:vienna"), d.Dump());
    }

    [Fact]
    public void ASigningInADescribedHallOfAHotelIsHeldAtTheHotel()
    {
        var d = TestArticles.Extract("""
            date 2003-08-18

            Liberian President Charles Taylor and rebel leader Sekou Conneh signed the accord on Monday in the main hall of the Golden Tulip Hotel.
            """);
        var signing = d.OfType("Meeting").Single();
        Assert.Contains(d.Relationships, r => r.Type == "HELD_IN" && r.From == signing.Id && r.To.Contains("golden-tulip"));
    }
}
