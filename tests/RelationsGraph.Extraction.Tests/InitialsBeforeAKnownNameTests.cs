namespace RelationsGraph.Extraction.Tests;

/// <summary>Initials written before a known person's name ("R. Tomas Rist") belong to the name.</summary>
public class InitialsBeforeAKnownNameTests
{
    [Fact]
    public void AnInitialBeforeAKnownNameJoinsIt()
    {
        var d = TestArticles.ExtractKnowing("Tomas Rist|PT|Minister of State for External Affairs|1984-1989|\n",
            "date 1987-07-30 The accord was signed in Kumbeni on Thursday in the presence of Minister of State for External Affairs R. Tomas Rist and the Kumbeni delegation.");
        Assert.Contains(d.OfType("Person"), p => p.Name == "R. Tomas Rist");
    }
}
