namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "X was represented by A, a deputy, and by B", "X sent A and Senator B": every delegate of the list a country was
/// represented by or sent acts for it, not only the first; a name met in a relative clause is no item of the list.
/// </summary>
public class LaterNameOfASentListTests
{
    private const string Opening = "date 1911-03-14 Envoys of three Andean states met at Puerto Velcaya on Tuesday to settle the course of a disputed river. ";

    [Fact]
    public void ASecondDelegateAfterAnAppositionAndByActsForTheCountry()
    {
        var d = TestArticles.Extract(Opening + "Chile was represented by its mining minister, Rodrigo Valcarcel Ibarne, and by Tomas Quelentaro, a retired judge of the border courts.");
        Assert.True(d.Has("REPRESENTS", "person:tomas-quelentaro", "country:cl"), d.Dump());
    }

    [Fact]
    public void ASecondDelegateAfterAnAppositionActsForTheSender()
    {
        var d = TestArticles.Extract(Opening + "Peru sent Ernesto Wallqui Mendana, a lawyer from the coast, and Lucia Ocharan Tovalde, a retired colonel.");
        Assert.True(d.Has("REPRESENTS", "person:lucia-ocharan-tovalde", "country:pe"), d.Dump());
    }

    [Fact]
    public void ADelegateJoinedByTogetherWithUnderATitleActsForTheCountry()
    {
        var d = TestArticles.Extract(Opening + "Bolivia was represented by its trade commissar, Hilario Quispaya Torrez, together with a senior judge, Anselmo Vircachi.");
        Assert.True(d.Has("REPRESENTS", "person:anselmo-vircachi", "country:bo"), d.Dump());
    }

    [Fact]
    public void ANameInsideTheFirstItemsAppositionIsPassedOver()
    {
        var d = TestArticles.Extract(Opening + "Chile was represented by Ignacio Ferreyros Lamat, a cousin of the poet Arturo Benaventa, and by Matilde Urquiaga Soler, a lawyer for commerce and navigation.");
        Assert.True(d.Has("REPRESENTS", "person:matilde-urquiaga-soler", "country:cl"), d.Dump());
    }

    [Fact]
    public void NamesOfARelativeClauseAreNoItemsOfTheList()
    {
        var d = TestArticles.Extract(Opening + "Peru sent Ernesto Wallqui Mendana, who had quarrelled with Gaspar Orellendo Vique and Diego Tamborin Sauce over the tolls.");
        Assert.False(d.Has("REPRESENTS", "person:diego-tamborin-sauce", "country:pe"), d.Dump());
        Assert.False(d.Has("REPRESENTS", "person:gaspar-orellendo-vique", "country:pe"), d.Dump());
    }

    [Fact]
    public void ThreeWordsOfOfficeMayStandBetweenByAndTheName()
    {
        var d = TestArticles.Extract(Opening + "Ecuador was represented by its chief river surveyor, Teodulo Anchundia Mera, who spoke first.");
        Assert.True(d.Has("REPRESENTS", "person:teodulo-anchundia-mera", "country:ec"), d.Dump());
    }
}
