namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "Chile's vice-premier, X", "Peru's ambassador-designate, Y": a hyphened office of a rank before the office noun ("vice-",
/// "deputy-") or a standing after it ("-designate", "-elect") is an office like the bare noun, so a country's possessive
/// before it places the name in apposition after it.
/// </summary>
public class RankedOfficeCompoundTests
{
    [Fact]
    public void AViceOfficeAfterACountrysPossessiveGivesTheCountry()
    {
        var d = TestArticles.Extract("date 2021-04-09 The fisheries accord that Marten Holby and Chile's vice-premier, Oresta Valdin, signed in Tarnby on Friday was welcomed.");
        Assert.True(d.Has("REPRESENTS", "person:oresta-valdin", "country:cl"), d.Dump());
    }

    [Fact]
    public void ADesignatedEnvoyAfterACountrysPossessiveGivesTheCountry()
    {
        var d = TestArticles.Extract("date 2021-04-09 Marten Holby received Peru's ambassador-designate, Ilvo Careno, at the harbour office in Tarnby on Friday.");
        Assert.True(d.Has("REPRESENTS", "person:ilvo-careno", "country:pe"), d.Dump());
    }

    [Fact]
    public void AnElectedLeaderAfterACountrysPossessiveGivesTheCountry()
    {
        var d = TestArticles.Extract("date 2021-04-09 Marten Holby telephoned Ecuador's president-elect, Sabela Rounde, on Friday to congratulate her.");
        Assert.True(d.Has("REPRESENTS", "person:sabela-rounde", "country:ec"), d.Dump());
    }
}
