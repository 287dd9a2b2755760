namespace RelationsGraph.Extraction.Tests;

/// <summary>Honorifics between a title and a name ("Shri", "Smt.", "Rt. Hon.") are no person and do not split the sentence.</summary>
public class HonorificAfterTitleTests
{
    [Fact]
    public void AnHonorificAfterATitleIsNoPersonAndTheTitleReachesTheName()
    {
        var d = TestArticles.Extract("date 2024-06-02 The guests were received by Governor Smt. Kavita Raman and Minister Shri Arvind Kulkarni in Pune.");
        Assert.DoesNotContain(d.OfType("Person"), p => p.Name is "Smt" or "Shri");
        Assert.Contains(d.OfType("Person"), p => p.Name == "Kavita Raman");
        Assert.Contains(d.OfType("Person"), p => p.Name == "Arvind Kulkarni");
    }

    [Fact]
    public void CommonwealthFormsOfAddressAreNoPeople()
    {
        var d = TestArticles.Extract("date 2024-06-02 The talks in Kampala were opened by the Speaker, Rt. Hon. Joseph Okello, and the Minister of Works, Hon. Grace Atim.");
        Assert.DoesNotContain(d.OfType("Person"), p => p.Name is "Rt" or "Hon");
        Assert.Contains(d.OfType("Person"), p => p.Name == "Joseph Okello");
        Assert.Contains(d.OfType("Person"), p => p.Name == "Grace Atim");
    }
}
