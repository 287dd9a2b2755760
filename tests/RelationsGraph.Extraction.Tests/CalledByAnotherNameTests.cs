namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "the Veldria treaty" told in the body, then "signed the Marrow Convention": a headline's document the story already called
/// by a name of its own is not another titled document that lacks that name.
/// </summary>
public class CalledByAnotherNameTests
{
    [Fact]
    public void TitledDocumentLackingTheStorysOwnNameIsAnother()
    {
        var d = TestArticles.Extract("""
            NINE STATES SIGN VELDRIA TREATY

            VELDRIA, June 4 - Ministers from nine countries on Tuesday signed a treaty creating a regional customs union.

            Under the Veldria treaty, members undertake to remove duties on each other's goods.

            Several of the governments also signed the Marrow Convention with the European Community in February.
            """);
        var agreements = d.OfType("Agreement").ToList();
        Assert.True(agreements.Count == 2, string.Join(", ", agreements.Select(a => a.Id)));
    }
}
