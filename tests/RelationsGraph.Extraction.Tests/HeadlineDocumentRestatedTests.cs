namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// The body's first untitled, indefinite reference that makes a document of the story's year is the headline's document
/// told again, whether the headline gave it a title or the lead gives it a date; a document of another year, or a second
/// document after the lead already made one, stays apart.
/// </summary>
public class HeadlineDocumentRestatedTests
{
    [Fact]
    public void ADatedAgreementInTheLeadIsTheHeadlinesPact()
    {
        var d = TestArticles.Extract("""
            date 2021-06-09 Baltic leaders sign river pact as Kallas makes first state visit to Latvia

            Estonian Prime Minister Kaja Kallas and Latvian Prime Minister Krisjanis Karins signed an agreement on Tuesday sharing the upkeep of the Gauja crossings, after talks at the Saeima on the first day of a state visit.

            The text runs to nine pages.
            """);
        Assert.Single(d.OfType("Agreement"));
    }

    [Fact]
    public void AnIndefiniteDeclarationInTheLeadIsTheHeadlinesTitledOne()
    {
        var d = TestArticles.Extract("""
            Tallinn Declaration signed as Finnish president makes state visit to Estonia

            Presidents Sauli Niinisto and Alar Karis held talks at Kadriorg Palace and signed a declaration pledging joint patrols in the gulf.

            Officials said the declaration would be reviewed every two years.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.Contains("Tallinn Declaration", agreement.Name);
    }

    [Fact]
    public void AHeadlineUnderAMastheadBlockStillNamesTheLeadsDocument()
    {
        // A wire's name and its section line share the first block; the headline is the second block, not the third.
        var d = TestArticles.Extract("""
            GULF OF BOTHNIA WIRE
            Europe / Nordic desk

            Two premiers sign Kvarken treaty to share ferry routes

            By a staff correspondent

            UMEA, May 4 - The prime ministers of Norrland and Ostrobothnia on Monday signed a treaty pooling their ferry lines across the strait.

            Elin Borg of Norrland and Kari Aalto of Ostrobothnia signed the document in the harbour office.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.Contains("Kvarken", agreement.Name + string.Join(" ", agreement.Aliases));
    }

    [Fact]
    public void ADocumentOfAnotherYearInTheLeadStaysApart()
    {
        var d = TestArticles.Extract("""
            date 2022-10-05 Tallinn Declaration signed as Finnish president visits Estonia

            In 2004 the two countries signed a declaration on fishing rights that lapsed long ago.

            Presidents Sauli Niinisto and Alar Karis met at Kadriorg Palace on Tuesday.
            """);
        Assert.Equal(2, d.OfType("Agreement").Count());
    }
    [Fact]
    public void ACeasefireAgreementInTheLeadIsTheHeadlinesCeasefire()
    {
        // A compound whose modifier is a document word ("ceasefire agreement") restates the headline's document of that kind.
        var d = TestArticles.Extract("""
            date 2019-03-02 Four states sign border ceasefire in Arusha

            The presidents of Kenya, Uganda, Tanzania and Burundi yesterday signed a ceasefire agreement at the conference centre in Arusha.

            President Uhuru Kenyatta signed for Kenya and President Pierre Nkurunziza for Burundi.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:pierre-nkurunziza", agreement.Id), d.Dump());
    }
}
