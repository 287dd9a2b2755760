namespace RelationsGraph.Extraction.Tests;

/// <summary>A part of the story's visit told with its host's side only: the visitor was there too.</summary>
public class VisitorAtTheVisitsHostedPartsTests
{
    [Fact]
    public void TheVisitorIsAtACeremonyToldWithItsHostOnly()
    {
        var d = TestArticles.Extract("date 2024-03-12 Chilean President Teodor Marsk began a three-day state visit to New Zealand on Monday. " +
                                     "The visit is the first by a Chilean head of state in twenty years. " +
                                     "On Tuesday New Zealand Prime Minister Ilse Brannvik presided over a wreath-laying ceremony at the national war memorial in Wellington.");
        var ceremony = Assert.Single(d.OfType("Meeting"), m => m.Kind == "ceremony");
        Assert.True(d.Has("ATTENDED", "person:ilse-brannvik", ceremony.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:teodor-marsk", ceremony.Id), d.Dump());
    }

    [Fact]
    public void TheVisitorIsAtTalksToldWithTheHostAlone()
    {
        var d = TestArticles.Extract("date 2024-03-12 Chilean President Teodor Marsk arrived in New Zealand on Monday for a three-day state visit. " +
                                     "The visit is the first by a Chilean head of state in twenty years. " +
                                     "On Wednesday New Zealand Prime Minister Ilse Brannvik held talks at Parliament House in Wellington on trade and fisheries.");
        var talks = Assert.Single(d.OfType("Meeting"), m => m.Kind == "talks");
        Assert.True(d.Has("ATTENDED", "person:teodor-marsk", talks.Id), d.Dump());
    }
}
