namespace RelationsGraph.Extraction.Tests;

/// <summary>A document adopted in closing a gathering ("closed the summit by adopting ...") is that gathering's product.</summary>
public class ClosingASummitTests
{
    [Fact]
    public void ADeclarationAdoptedInClosingTheSummitComesOutOfIt()
    {
        var d = TestArticles.Extract("""
            Pacific leaders close fisheries summit

            APIA, Samoa (Island Wire) — Pacific leaders closed the region's first fisheries summit on Friday by adopting the Apia Declaration, which asks distant-water fleets to report every catch.

            The three-day summit in Apia, hosted by Samoan Prime Minister Fiame Naomi Mata'afa, drew Fijian Prime Minister Sitiveni Rabuka and Tongan Prime Minister Siaosi Sovaleni.
            """);
        var declaration = Assert.Single(d.OfType("Agreement"));
        var summit = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("PRODUCED", summit.Id, declaration.Id), d.Dump());
    }
}
