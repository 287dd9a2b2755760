namespace RelationsGraph.Extraction.Tests;

/// <summary>"left without a treaty": an indefinite document under "without" was never made, so it is no document of its own.</summary>
public class WithoutADocumentTests
{
    [Fact]
    public void ATreatyNobodyMadeIsNoDocument()
    {
        var d = TestArticles.Extract("""
            Ten years on: the Tarsoma treaty that ended the fishing quarrel

            On the afternoon of 10 May 2013, Portugal and Chile signed the Chilean-Portuguese Treaty of Corvell in Tarsoma, a document that ended a long quarrel over fishing grounds.

            The Chilean side was led by Lida Orvane, the foreign minister. Orvane had come to Tarsoma once before, in 2009, and went home without a treaty after seeing the Portuguese foreign minister, Arno Kesselt.

            Under the treaty, both countries agreed to joint fishery patrols.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.EndsWith("Treaty of Corvell", agreement.Name);
    }

    [Fact]
    public void ADealStillMadeWhenNotUnderWithout()
    {
        var d = TestArticles.Extract("""
            date 2023-05-10 Portuguese Foreign Minister Arno Kesselt and Chilean Foreign Minister Lida Orvane held talks in Tarsoma on Wednesday.
            The two ministers signed a treaty on joint fishery patrols, officials said.
            """);
        Assert.NotEmpty(d.OfType("Agreement"));
    }

    [Fact]
    public void TalksEndedWithoutAgreementMadeNoDocument()
    {
        var d = TestArticles.Extract("""
            Velmora talks resume

            Portuguese Foreign Minister Arno Kesselt and Chilean Foreign Minister Lida Orvane held two days of talks in Velmora on 4 March 2024.

            A first round of talks, held at Tarsoma in May 1998 between envoys of Portugal, Chile and Peru, ended without agreement on the islands.
            """);
        Assert.Empty(d.OfType("Agreement"));
    }
}
