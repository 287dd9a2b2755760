namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A plural office with its countries coordinated after "of" ("the presidents of A, B and C — X, Y and Z") or before "their"
/// ("A and B ... their foreign ministers, X and Y") heads a list of as many names that pair off in order.
/// </summary>
public class RespectiveOfficeListTests
{
    private const string Lead = "date 2024-05-06 Leaders met in Tashkent on Monday for a regional summit. ";

    [Fact]
    public void ThePresidentsOfAListOfCountriesPairWithTheNames()
    {
        var d = TestArticles.Extract(Lead + "The presidents of Chile, Peru and Bolivia — Ramon Ortega, Luis Salas and Ana Quispe — signed the text.");
        Assert.True(d.Has("REPRESENTS", "person:ramon-ortega", "country:cl"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:luis-salas", "country:pe"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:ana-quispe", "country:bo"), d.Dump());
    }

    [Fact]
    public void TheirForeignMinistersPairWithTheCountriesOfTheSubject()
    {
        var d = TestArticles.Extract(Lead + "Ghana and Norway had no embassies until 2010, when their foreign ministers, Kofi Mensah and Erik Dahl, signed a communique.");
        Assert.True(d.Has("REPRESENTS", "person:kofi-mensah", "country:gh"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:erik-dahl", "country:no"), d.Dump());
    }

    [Fact]
    public void UnequalCountsPairNothing()
    {
        var d = TestArticles.Extract(Lead + "The presidents of Chile and Peru — Ramon Ortega, Luis Salas and Ana Quispe — signed the text.");
        Assert.False(d.Has("REPRESENTS", "person:ana-quispe", "country:pe"), d.Dump());
    }
}
