namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "hold up the signed declaration": a participle of making between "the" and the document noun describes the document the
/// story told; it makes no second document with the people in the sentence as its signers.
/// </summary>
public class MadeParticipleBeforeTheNounTests
{
    [Fact]
    public void TheSignedDeclarationInACaptionIsTheDeclarationToldBefore()
    {
        var d = TestArticles.Extract("""
            date 2022-04-12 Estonia and Latvia sign joint declaration at Baltic summit
            Estonian Prime Minister Aren Tovik and Latvian Prime Minister Mila Kessar signed a joint declaration on Tuesday at the Baltic summit in Riga.
            Under the declaration, both sides will pull back their border guards.
            Aren Tovik, Mila Kessar and Finnish President Joris Halden hold up the signed declaration in Tartu.
            """);
        Assert.Single(d.OfType("Agreement"));
    }

    [Fact]
    public void TheSignedTreatyExchangedIsTheTreatyToldBefore()
    {
        var d = TestArticles.Extract("""
            date 2023-11-09 Norway and Iceland sign fisheries treaty at Nordic forum
            Norwegian Prime Minister Tam Weller and Icelandic Prime Minister Ines Codra signed the Skarvik fisheries treaty on Thursday on the sidelines of the Nordic forum in Tromso.
            The treaty shares the catch of the northern banks between the two fleets.
            Tam Weller and Ines Codra exchange the signed treaty in Bergen.
            """);
        Assert.Single(d.OfType("Agreement"));
    }
}
