namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A document another text of the story upholds is still the story's own when it is of the story's year and signed in it:
/// it comes out of the signing its signers attended. A document of an earlier year stays history.
/// </summary>
public class UpheldDocumentOfTheStoryTests
{
    [Fact]
    public void AnAgreementSignedTodayAndReaffirmedTheSameDayComesOutOfItsSigning()
    {
        var d = TestArticles.Extract("""
            date 2024-06-11 Kenya and Somalia sign border pact
            Kenya and Somalia signed an agreement on Tuesday that settles their maritime border.
            The agreement was signed in a conference room of a Nairobi hotel by Kenyan Foreign Minister Musalia Mudavadi and Somali Foreign Minister Ahmed Moallim Fiqi.
            Formally titled the Jubaland Coast Boundary Agreement, the document sets up a joint commission.
            At the same hour in Mogadishu, the two defence ministers issued a joint declaration that reaffirms their partnership.
            """);
        var agreement = d.OfType("Agreement").Single(a => a.Id.Contains("-agreement-", StringComparison.Ordinal));
        var signing = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("PRODUCED", signing.Id, agreement.Id), d.Dump());
    }

    [Fact]
    public void AnEarlierYearsAgreementReaffirmedAtTheTalksIsNotTheirProduct()
    {
        var d = TestArticles.Extract("""
            date 2024-06-11 Kenyan Foreign Minister Musalia Mudavadi and Somali Foreign Minister Ahmed Moallim Fiqi held talks in Nairobi on Tuesday.
            The two ministers reaffirmed the 2019 Coastal Fisheries Agreement, which their predecessors signed in Mombasa.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.DoesNotContain(d.Relationships, r => r.Type == "PRODUCED" && r.To == agreement.Id);
    }
}
