namespace RelationsGraph.Extraction.Tests;

/// <summary>A lower-case staff office ("his deputy", "the interior commissar"), a comma and a two- or three-word name: a person.</summary>
public class StaffOfficeBeforeCommaTests
{
    [Fact]
    public void ADeputyNamedAfterACommaIsAPerson()
    {
        var d = TestArticles.Extract("date 2024-06-02 Pavel Drozd, the envoy for northern affairs, and his deputy, Lenka Vasicova, spent two days in Velmora.");
        Assert.Contains(d.OfType("Person"), p => p.Name.Contains("Lenka Vasicova"));
    }

    [Fact]
    public void AHyphenatedViceOfficeBeforeAThreeWordNameIsAPerson()
    {
        var d = TestArticles.Extract("date 2024-06-02 The accord was signed in Velmora by Pavel Drozd and by the vice-president, Milan Rezac Vondra.");
        Assert.Contains(d.OfType("Person"), p => p.Name.Contains("Milan Rezac Vondra"));
    }

    [Fact]
    public void AChiefOfStaffNamedAfterACommaIsAPerson()
    {
        var d = TestArticles.Extract("date 2024-06-02 The talks in Velmora included the palace chief of staff, Ondrej Stastny, and two aides.");
        Assert.Contains(d.OfType("Person"), p => p.Name.Contains("Ondrej Stastny"));
    }

    [Fact]
    public void AnOrdinaryNounBeforeACommaShowsNoPerson()
    {
        var d = TestArticles.Extract("date 2024-06-02 After the talks, Velmora Harbour was closed to shipping for a day.");
        Assert.DoesNotContain(d.OfType("Person"), p => p.Name.Contains("Velmora Harbour"));
    }
}
