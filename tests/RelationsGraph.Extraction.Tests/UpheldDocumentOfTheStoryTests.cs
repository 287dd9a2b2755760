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
    public void ADocumentWithNoYearOfItsOwnConcludedInTheStoryAndUpheldComesOutOfItsSigning()
    {
        // No date word beside the signing: the document takes no year of its own, yet the story concludes it, so it is of the story's year.
        var d = TestArticles.Extract("""
            date 2024-03-05 Lowland states conclude river accord
            Vardania and Kessaly concluded the Agreement on the Navigation of the Ister.
            The document was signed by Vardania's Foreign Minister Orsolya Brenk and Kessaly's Foreign Minister Tomas Arvane.
            Both cabinets pledged in a joint note to uphold the Agreement on the Navigation of the Ister in full.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
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
