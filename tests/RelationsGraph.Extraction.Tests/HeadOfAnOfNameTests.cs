namespace RelationsGraph.Extraction.Tests;

/// <summary>The head of an "X of Y" name is no place by itself; a room of a building still is one.</summary>
public class HeadOfAnOfNameTests
{
    [Fact]
    public void TheHeadOfAMemorialsNameIsNoPlace()
    {
        var d = TestArticles.Extract("""
            date 2023-05-09

            Chilean President Marta Oyarzel laid flowers at the Arch of Mourning in Colquenta on Tuesday before talks with Peruvian President Rodrigo Sarmieth.
            """);
        Assert.DoesNotContain(d.OfType("Place"), p => p.Name == "Arch");
    }

    [Fact]
    public void TheHeadOfABodysNameIsNoPlace()
    {
        var d = TestArticles.Extract("""
            date 2023-05-09

            The grant came to the Government of Peru in March, Chilean President Marta Oyarzel told reporters in Colquenta.
            """);
        Assert.DoesNotContain(d.OfType("Place"), p => p.Name == "Government");
    }
}
