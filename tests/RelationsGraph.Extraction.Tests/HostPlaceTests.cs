namespace RelationsGraph.Extraction.Tests;

/// <summary>A country or town told as the host of a gathering is where that gathering is held.</summary>
public class HostPlaceTests
{
    [Fact]
    public void TheCountryThatWillHostTheNextSummitPlacesIt()
    {
        var d = TestArticles.Extract("""
            date 2031-03-04

            President Varo Denk of Chile and President Ilse Marnow of Peru met in Lima on Tuesday for the third summit of the two countries. Chile will host the next summit, the closing statement said.
            """);
        var next = Assert.Single(d.OfType("Meeting"), m => m.Status == "planned");
        Assert.True(d.Has("HELD_IN", next.Id, "country:cl"), d.Dump());
    }

    [Fact]
    public void TheRelativeClauseOfHostingPlacesItsAntecedent()
    {
        var d = TestArticles.Extract("""
            date 2031-03-04

            Foreign Minister Alda Pirnes met her counterpart Tomas Velk in Velmora on Tuesday. The two ministers will review the road project at the regional summit that Kenya will host in June.
            """);
        Assert.Contains(d.Relationships, r => r.Type == "HELD_IN" && r.To == "country:ke");
    }

    [Fact]
    public void APersonHostNamesNoPlace()
    {
        var d = TestArticles.Extract("""
            date 2031-03-04

            President Irma Kostel will host the next summit, her office said on Tuesday.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "HELD_IN");
    }

    [Fact]
    public void AOneOffGatheringToldOnlyByItsHostIsNotKept()
    {
        var d = TestArticles.Extract("""
            date 2031-03-04

            President Varo Denk of Chile met President Ilse Marnow of Peru in Lima on Tuesday. Brazil will host a climate conference in November, officials said.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "HELD_IN" && r.To == "country:br");
    }
}
