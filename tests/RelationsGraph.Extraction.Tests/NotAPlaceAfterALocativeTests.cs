namespace RelationsGraph.Extraction.Tests;

/// <summary>Unknown names after a preposition of place that are no place: owners of venues, column headings, a High Commissioner's name.</summary>
public class NotAPlaceAfterALocativeTests
{
    private const string Opening = "date 2024-10-08 Ghana and Togo agreed on Tuesday to open a joint customs post. ";

    [Fact]
    public void TheOwnerOfANamedVenueIsNotThePlace()
    {
        var d = TestArticles.Extract(Opening + "The two presidents laid wreaths at the Kwaku Ofori's Memorial Garden before the talks.");
        Assert.DoesNotContain(d.OfType("Place"), e => e.Name == "Kwaku Ofori");
    }

    [Fact]
    public void TheOwnerOfADistrictStaysAPlace()
    {
        var d = TestArticles.Extract(Opening + "The post will stand on a road in Volta's Ketu district near the border.");
        Assert.Contains(d.OfType("Place"), e => e.Name == "Volta");
    }

    [Fact]
    public void AOneWordColumnHeadingIsNoPlace()
    {
        var d = TestArticles.Extract("date 2024-10-08 The Week in Commerce: Ghana and Togo open a joint customs post\n\n" + Opening);
        Assert.DoesNotContain(d.OfType("Place"), e => e.Name == "Commerce");
    }

    [Fact]
    public void AHighCommissionerNamedAfterHisPostIsAPersonOfHisCountry()
    {
        var d = TestArticles.Extract(Opening + "Togo's High Commissioner in Accra, Edem Kpodar, attended the talks.");
        Assert.DoesNotContain(d.OfType("Place"), e => e.Name == "Edem Kpodar");
        Assert.True(d.Has("REPRESENTS", "person:edem-kpodar", "country:tg"), d.Dump());
    }
}
