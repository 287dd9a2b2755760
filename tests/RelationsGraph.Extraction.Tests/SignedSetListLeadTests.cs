namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "signed a set of memoranda. The main ones:" then one document per bullet: the colon line takes its verb from the
/// signing sentence before it, and an item may run on for a sentence or two (see ConcludedListItems).
/// </summary>
public class SignedSetListLeadTests
{
    [Fact]
    public void AColonLineAfterASignedSetListsItsDocuments()
    {
        var d = TestArticles.Extract("""
            # Ruto in Kampala

            President William Ruto held talks with President Yoweri Museveni in Kampala on 12 June 2024.

            In the afternoon the two delegations signed a set of memoranda. The main ones:

            - **A pipeline memorandum** for a fuel line from Eldoret to Kampala. Officials call it the oil line deal.
            - **A fisheries arrangement** under which boats from both sides may land catches on Lake Victoria.

            The presidents then toured a market.
            """, "a.md");
        Assert.Equal(2, d.OfType("Agreement").Count());
    }

    [Fact]
    public void AColonLineAfterTalkIsNoList()
    {
        var d = TestArticles.Extract("""
            # Ruto in Kampala

            President William Ruto held talks with President Yoweri Museveni in Kampala on 12 June 2024.

            The two delegations discussed several agreements. The open questions:

            - **A pipeline memorandum** that is still being drafted.
            - **A fisheries arrangement** under study.
            """, "a.md");
        Assert.DoesNotContain(d.OfType("Agreement"), a => a.Name.Contains("arrangement", StringComparison.Ordinal));
    }
}
