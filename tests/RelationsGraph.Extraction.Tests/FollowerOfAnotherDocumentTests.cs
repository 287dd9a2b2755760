namespace RelationsGraph.Extraction.Tests;

/// <summary>"..., and Finland followed in 1994": a country that followed made its own document, no side of the one told before (FollowerOfAnotherDocument).</summary>
public class FollowerOfAnotherDocumentTests
{
    [Fact]
    public void ACountryThatFollowedIsNoSideOfTheEarlierDocument()
    {
        var (d, kessel) = Anniversary("Estonia first signed the Kessel Fisheries Treaty with Latvia at Marrow Point in 1990, and Finland followed in 1994.");
        Assert.False(d.Has("PARTY_TO", "country:fi", kessel.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:ee", kessel.Id), d.Dump());
    }

    [Fact]
    public void ACountryThatFollowedIsNoSideOfADocumentToldAfterItsClause()
    {
        var (d, kessel) = Anniversary("Finland followed at Marrow Point in 1989, and Estonia signed the Kessel Fisheries Treaty with Latvia there a year later.");
        Assert.False(d.Has("PARTY_TO", "country:fi", kessel.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:lv", kessel.Id), d.Dump());
    }

    /// <summary>One anniversary story; its second sentence recalls how the treaty was made.</summary>
    private static (Model.ExtractionDocument, Model.ExtractedEntity) Anniversary(string recalled)
    {
        var d = TestArticles.Extract($"""
            River pact turns thirty

            date 2020-09-12 TALVEN - Fishermen and officials gathered on the quay on Saturday to mark thirty years of the Kessel Fisheries Treaty. {recalled}
            """);
        return (d, Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Kessel")));
    }
}
