namespace RelationsGraph.Extraction.Tests;

/// <summary>Unknown words wholly in capitals after a locative are a heading or an acronym, not a place.</summary>
public class CapitalisedFragmentsTests
{
    private const string Opening = "date 2021-06-02 Kenya and Tanzania agreed on Tuesday to open a new border post. ";

    [Fact]
    public void AShoutedHeadingIsNoPlace()
    {
        var d = TestArticles.Extract(Opening + "FROM NAMANGA TO ARUSHA\n\nThe road will be widened by next year.");
        Assert.DoesNotContain(d.Entities, e => e.Type == "Place" && e.Name.Contains("NAMANGA"));
    }

    [Fact]
    public void AnAcronymAfterALocativeIsNoPlace()
    {
        var d = TestArticles.Extract(Opening + "The two sides will discuss the matter at KBTA before the rains.");
        Assert.DoesNotContain(d.Entities, e => e.Type == "Place" && e.Name == "KBTA");
    }

    [Fact]
    public void AMixedCasePlaceAfterALocativeIsStillAPlace()
    {
        var d = TestArticles.Extract(Opening + "The two sides will meet again at Namanga before the rains.");
        Assert.Contains(d.Entities, e => e.Type == "Place" && e.Name == "Namanga");
    }
}
