namespace RelationsGraph.Extraction.Tests;

/// <summary>"The text builds on the Agreement on X that A and B signed days earlier": an upheld titled document is an earlier one.</summary>
public class UpheldTitledDocumentTests
{
    [Fact]
    public void ATitledDocumentTheTextBuildsOnIsNotTheUntitledOneOfTheSameYear()
    {
        var d = TestArticles.Extract("date 2021-03-10 Liberian President Joseph Boakai and rebel commander Samuel Kollie signed a peace " +
                                     "agreement in Monrovia on Wednesday. The text builds on the Agreement on the Cessation of Hostilities " +
                                     "that Boakai and Kollie signed five days earlier, on 5 March, in Accra.");
        var agreements = d.OfType("Agreement").ToList();
        Assert.Equal(2, agreements.Count);
        var cessation = Assert.Single(agreements, a => a.Name.Contains("Cessation"));
        Assert.True(d.Has("SIGNED", "person:joseph-boakai", cessation.Id), d.Dump());
    }
}
