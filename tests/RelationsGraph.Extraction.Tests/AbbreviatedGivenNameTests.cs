namespace RelationsGraph.Extraction.Tests;

/// <summary>"Md", the Bangladeshi short form of the given name Muhammad, is part of the name, not an honorific before it.</summary>
public class AbbreviatedGivenNameTests
{
    [Fact]
    public void MdStaysInTheName()
    {
        var d = TestArticles.Extract("date 2024-03-11 Talks between Portugal and Bangladesh resumed in Kumbeni on Monday. Bangladesh's foreign secretary, Md Rafiq Tovell, led the delegation.");
        Assert.Contains(d.OfType("Person"), p => p.Name == "Md Rafiq Tovell");
    }
}
