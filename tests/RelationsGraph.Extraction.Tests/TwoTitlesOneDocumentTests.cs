namespace RelationsGraph.Extraction.Tests;

/// <summary>Two titles joined by a naming phrase in one sentence name one document.</summary>
public class TwoTitlesOneDocumentTests
{
    [Fact]
    public void AKnownAsNameAlreadyUsedJoinsTheFullTitle()
    {
        var d = TestArticles.Extract("""
            date 2025-06-02 Ghana and Togo sign Volta Treaty

            President John Mahama of Ghana and President Faure Gnassingbe of Togo signed a border treaty in Accra on Monday.

            The Ghana-Togo Boundary Cooperation Treaty, known as the Volta Treaty, commits both countries to joint patrols.
            """);
        Assert.Single(d.OfType("Agreement"));
    }

    [Fact]
    public void ANameInAWhichClauseJoinsTheFullTitle()
    {
        var d = TestArticles.Extract("""
            date 2025-06-02 President John Mahama of Ghana and President Faure Gnassingbe of Togo signed the Volta Peace Agreement in Accra on Monday.

            The Volta Agreement for Peace and Cooperation, which officials simply call the Volta Peace Agreement, replaces a 1998 memorandum.
            """);
        Assert.Single(d.OfType("Agreement"), a => a.Year != 1998);
    }

    [Fact]
    public void CallingItTheShortTitleNamesTheDocumentJustNamed()
    {
        var d = TestArticles.Extract("""
            date 2025-06-02 President John Mahama of Ghana and President Faure Gnassingbe of Togo met in Accra on Monday.

            Officially it is the Joint Declaration of Accra for Dialogue between Ghana and Togo; by evening everyone was calling it the Accra Declaration.
            """);
        Assert.Single(d.OfType("Agreement"));
    }
}
