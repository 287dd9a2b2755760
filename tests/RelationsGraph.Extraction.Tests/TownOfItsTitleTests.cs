namespace RelationsGraph.Extraction.Tests;

/// <summary>A document titled "Treaty of X" after a town was made there: its producing gathering, placed nowhere else, was held in X.</summary>
public class TownOfItsTitleTests
{
    [Fact]
    public void ASigningPlacedNowhereIsHeldInTheTownOfTheTitle()
    {
        var d = TestArticles.Extract("""
            date 2023-06-10 On 9 June 1791 the envoys Oswin Harkell and Benedikt Tramsey signed the Treaty of Quellmoor, which ended nine years of war between Sweden and Denmark.
            Quellmoor was then a hamlet of forty houses on the coast road.
            Today a grey stone in the square at Quellmoor marks where the farmers watched the carriages leave.
            """);
        var signing = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("HELD_IN", signing.Id, "place:quellmoor"), d.Dump());
    }

    [Fact]
    public void TheConventionOfATownPlacesItsSigningThere()
    {
        var d = TestArticles.Extract("""
            date 2022-11-02 On 4 October 1822 the plenipotentiaries Edvin Lossard and Pietro Vandrelli signed the Convention of Orvalle, closing the long quarrel between France and Spain over the mountain passes.
            Lossard had ridden to Orvalle from the French border in four days.
            Vandrelli later wrote that the winter there was the coldest of his life.
            """);
        var signing = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("HELD_IN", signing.Id, "place:orvalle"), d.Dump());
    }
}
