namespace RelationsGraph.Extraction.Tests;

/// <summary>"called it the "X"": a quoted name after a naming verb is another name of the document just told.</summary>
public class QuotedRenamingTests
{
    [Fact]
    public void AQuotedNameAfterANamingVerbRenamesTheDocument()
    {
        var d = TestArticles.Extract("""
            date 2023-03-08 President Gustavo Petro met President Daniel Noboa in Quito on Wednesday.
            The two presidents issued a joint statement on river pollution, which the Ecuadorean press called the "Quito water declaration".
            """);
        Assert.Single(d.OfType("Agreement"));
    }
}
