using RelationsGraph.Extraction.Model;

namespace RelationsGraph.Extraction.Tests;

/// <summary>Onward legs of a trip told in the present: an onward particle, a fronted origin, and a further destination without its own verb.</summary>
public class OnwardLegTests
{
    private static ExtractedEntity? VisitIn(ExtractionDocument d, string place) =>
        d.OfType("Meeting").FirstOrDefault(m => m.Kind == "visit" && d.Has("HELD_IN", m.Id, place));

    [Fact]
    public void AnItineraryFromAnOriginAndItsFurtherDestinationAreTwoVisits()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10 Peruvian President Tomas Ardent arrived in Chile on Monday for a state visit. From Chile he flies to Kenya and then to Ghana.
            """);
        var kenya = VisitIn(d, "country:ke");
        var ghana = VisitIn(d, "country:gh");
        Assert.True(kenya is not null && ghana is not null && kenya.Id != ghana.Id, d.Dump());
        Assert.True(d.Has("ATTENDED", "person:tomas-ardent", kenya!.Id) && d.Has("ATTENDED", "person:tomas-ardent", ghana!.Id), d.Dump());
        Assert.False(d.Has("HELD_IN", kenya.Id, "country:cl"), d.Dump());
    }

    [Fact]
    public void GoesOnToIsAVisitOfTheTravellerNotOfTheHostOfTheStopBefore()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10 Peruvian President Tomas Ardent left on Sunday for Bolivia, where Bolivian President Mira Quell is waiting, and goes on to Ecuador to see Ecuadorian President Jonas Brill.
            """);
        var ecuador = VisitIn(d, "country:ec");
        Assert.True(ecuador is not null && d.Has("ATTENDED", "person:tomas-ardent", ecuador.Id), d.Dump());
        Assert.False(d.Has("ATTENDED", "person:mira-quell", ecuador!.Id), d.Dump());
    }

    [Fact]
    public void APluralSubjectFlyingOnIsAVisitButALegForAnotherEventIsNot()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10 Peruvian President Tomas Ardent and Foreign Minister Lena Sorrow fly on to Uruguay today.
            Ardent then flies on to Panama for the opening of a canal museum.
            """);
        var uruguay = VisitIn(d, "country:uy");
        Assert.True(uruguay is not null && d.Has("ATTENDED", "person:lena-sorrow", uruguay.Id), d.Dump());
        Assert.Null(VisitIn(d, "country:pa"));
    }
}
