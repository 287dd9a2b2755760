namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// The untitled document a headline reports is the one the lead names by title; a wire slug before the headline does not
/// hide it; a dated reference with a proper name of its own is another document than the titled one of the story.
/// </summary>
public class HeadlineDocumentNamedTests
{
    [Fact]
    public void TheLeadsTitleNamesTheHeadlinesPact()
    {
        var d = TestArticles.Extract("""
            date 2024-03-10 Nine island states sign fisheries pact by video link

            Nine island states signed the Western Ocean Tuna Partnership on Sunday, closing four years of haggling over quotas.

            The pact caps the catch of skipjack for a decade.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.Contains("Western Ocean Tuna Partnership", agreement.Name);
    }

    [Fact]
    public void ASlugLineBeforeTheHeadlineDoesNotHideIt()
    {
        var d = TestArticles.Extract("""
            date 2024-03-10 ANDES-PEACE

            Rivals sign deal ending the valley war

            The government and the valley militia signed the Quebrada Peace Agreement on Sunday in Lima.

            Under the agreement, the militia hands in its weapons within ninety days.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.Contains("Quebrada Peace Agreement", agreement.Name);
    }

    [Fact]
    public void ATitleOfAnotherYearDoesNotNameTheHeadlinesDeal()
    {
        var d = TestArticles.Extract("""
            date 2024-03-10 Rivals sign deal ending the valley war

            The two sides signed an agreement on Sunday in Lima. It replaces the Quebrada Peace Agreement signed in 1998.
            """);
        Assert.Equal(2, d.OfType("Agreement").Count());
    }

    [Fact]
    public void ADatedReferenceWithItsOwnNameIsAnotherDocument()
    {
        var d = TestArticles.Extract("""
            Five signatures at the lakeside villa

            The leaders of the four parties signed the Prespa Framework Agreement at the villa in the hills above the town.

            Envoys compared the document with the Dayton agreement of 1995, which ended another war.
            """);
        Assert.Equal(2, d.OfType("Agreement").Count());
        Assert.Contains(d.OfType("Agreement"), a => a.Name.Contains("Prespa") && !a.Name.Contains("1995"));
    }
}
