namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A capitalised name headed by a body's or building's noun names that body or building, and a worded document title before a
/// noun of members names the membership; neither is a document, while the documents the same sentences sign stay (see TitleOfABodyOrPlace).
/// </summary>
public class TitleOfABodyOrPlaceTests
{
    [Fact]
    public void ABodyNamedAfterAnAccordIsNoDocument()
    {
        var d = TestArticles.Extract("""
            date 2021-06-03 Norwegian Foreign Minister Ine Eriksen met Velorian Prime Minister Tarek Osmani, head of the interim Government of National Concord, in Oslo on Thursday.
            The two ministers signed a memorandum on fisheries.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.DoesNotContain("Concord", agreement.Name);
    }

    [Fact]
    public void AVenueNamedAfterAConventionIsNoDocument()
    {
        var d = TestArticles.Extract("""
            date 2019-04-11 Chile and Peru signed a trade agreement at the Lakeside Convention and Exhibition Centre in Lima on Thursday.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.DoesNotContain("Centre", agreement.Name);
    }

    [Fact]
    public void AnAllianceToldByItsMembersIsNoDocument()
    {
        var d = TestArticles.Extract("""
            date 1992-02-10 The leaders of Austria and Slovenia signed a declaration on transit in Vienna on Monday.
            Former Danube Pact countries are expected to join the talks, and Danube Pact foreign and defence ministers will meet in Graz next month.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.DoesNotContain("Pact", agreement.Name);
    }

    [Fact]
    public void AConventionOfANamedBodyStaysADocument()
    {
        var d = TestArticles.Extract("""
            date 2011-05-11 Ministers of Austria and Slovenia signed the Council of Europe Convention on Cybercrime in Vienna on Wednesday.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.Contains("Convention", agreement.Name);
    }
}
