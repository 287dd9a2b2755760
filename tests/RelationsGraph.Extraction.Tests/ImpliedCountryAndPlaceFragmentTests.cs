namespace RelationsGraph.Extraction.Tests;

/// <summary>Countries implied by "its" or by an embassy, and lone words after a preposition that are not places.</summary>
public class ImpliedCountryAndPlaceFragmentTests
{
    [Fact]
    public void ItsAmbassadorServesTheCountryNamedEarlierInTheSentence()
    {
        var d = TestArticles.Extract("Chile sent no minister to the forum. Chile was represented by its ambassador to Peru, Marta Soto.");
        Assert.True(d.Has("REPRESENTS", "person:marta-soto", "country:cl"), d.Dump());
        Assert.False(d.Has("REPRESENTS", "person:marta-soto", "country:pe"), d.Dump());
    }

    [Fact]
    public void AnAmbassadorAtAnEmbassyServesTheEmbassysCountry()
    {
        var d = TestArticles.Extract("Canada marked its national day abroad. Guests gathered at the Canadian Embassy in Oslo for a dinner hosted by Ambassador Paul Girard.");
        Assert.True(d.Has("REPRESENTS", "person:paul-girard", "country:ca"), d.Dump());
    }

    [Fact]
    public void ALoneCompassOrTreatyWordIsNotAPlace()
    {
        var d = TestArticles.Extract("Patrols continued in the East Korea Bay this week. Both sides recommitted to the Treaty on Open Skies.");
        Assert.DoesNotContain(d.OfType("Place"), p => p.Name is "East" or "Treaty");
    }
}
