namespace RelationsGraph.Extraction.Tests;

/// <summary>A continent or an ocean named by its own word is a part of the world: no place mention, never a meeting's place.</summary>
public class PartOfTheWorldTests
{
    [Fact]
    public void AContinentAfterALocativeIsNoPlace()
    {
        var d = TestArticles.Extract("""
            date 2022-03-14

            Chilean President Marta Oyarzel held talks with Peruvian President Rodrigo Sarmieth in Colquenta on Monday, before she flies on to West Africa for a week of visits.
            """);
        Assert.DoesNotContain(d.OfType("Place"), p => p.Name.Contains("Africa"));
        Assert.DoesNotContain(d.Relationships, r => r.Type == "HELD_IN" && r.To.Contains("africa"));
    }

    [Fact]
    public void AnOceanAfterALocativeIsNoPlace()
    {
        var d = TestArticles.Extract("""
            date 2019-08-02

            The trawler fleets of both countries have worked in the Pacific for decades, Fisheries Minister Hector Vallimar told reporters on Friday.
            """);
        Assert.DoesNotContain(d.OfType("Place"), p => p.Name.Contains("Pacific"));
    }
}
