namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// Words that look like a second document but are not one: a document noun used as a modifier, "reached agreement" as a
/// state, a participial clause or a copula that restates a document of its sentence, the UN Charter cited in passing.
/// </summary>
public class SpuriousAgreementNodesTests
{
    [Fact]
    public void ATreatyAllyIsNoSecondTreaty()
    {
        var d = TestArticles.Extract("""
            date 2024-05-06 President Aram Petrosyan of Armenia and President Nodar Beridze of Georgia signed a defence treaty in Tbilisi on Monday, making Armenia the country's first new treaty ally in the region.
            """);
        Assert.Single(d.OfType("Agreement"));
    }

    [Fact]
    public void TheTreatyTextIsNoDocumentOfItsOwn()
    {
        var d = TestArticles.Extract("""
            date 2019-03-11 Slovenia and Croatia signed the Piran Bay Treaty in Ljubljana on Monday.

            Opposition leaders in Zagreb asked the government to reopen treaty text before ratification.
            """);
        Assert.Single(d.OfType("Agreement"));
    }

    [Fact]
    public void ReachedAgreementInPrincipleMakesNoDocument()
    {
        var d = TestArticles.Extract("""
            date 2021-03-02 Negotiators for Iceland and Norway reached agreement in principle on fishing quotas in Oslo on Tuesday, officials said.
            """);
        Assert.Empty(d.OfType("Agreement"));
    }

    [Fact]
    public void ADealTheParticipleCompletesIsTheAgreementConcluded()
    {
        var d = TestArticles.Extract("""
            date 2022-10-27 Chile and Peru formally concluded an agreement on their maritime boundary on Thursday, completing a deal brokered by Ecuador.

            The deal gives Peru fishing rights in a disputed triangle.
            """);
        Assert.Single(d.OfType("Agreement"));
    }

    [Fact]
    public void AnAgreementThatIsATitledTreatyIsThatTreaty()
    {
        var d = TestArticles.Extract("""
            date 2022-10-27 Chile and Peru formally signed a fisheries accord in Lima on Thursday.

            Their previous signed agreement is the 1929 Treaty of Lima, which closed the Pacific war.
            """);
        Assert.Equal(2, d.OfType("Agreement").Count());
        Assert.Contains(d.OfType("Agreement"), a => a.Name.Contains("Treaty of Lima", StringComparison.Ordinal));
    }

    [Fact]
    public void TheUnCharterCitedInPassingIsNoDocumentOfTheStory()
    {
        var d = TestArticles.Extract("""
            date 2019-06-01 Ghana and Togo signed a border accord in Accra on Saturday and asked for observers mandated by Chapter VII of the UN Charter.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.DoesNotContain("Charter", agreement.Name, StringComparison.Ordinal);
    }
}
