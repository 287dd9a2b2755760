namespace RelationsGraph.Extraction.Tests;

/// <summary>"X signed together with Secretary F. W. A, B and C": an initial's point inside a co-signer's name ends no list (see AgreementMentionFinder.CosignersAfter).</summary>
public class CosignersWithInitialsTests
{
    [Fact]
    public void CosignersPastAnInitialSignedToo()
    {
        var d = TestArticles.Extract("""
            date 1911-05-03 Norvania and Castelmar concluded a frontier treaty at Vellaro on Wednesday after a year of talks.

            For Norvania, Tomas Varek signed together with Deputy Minister K. L. Dravin, General Oskar Mellor and Petra Laskova.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:oskar-mellor", agreement.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:petra-laskova", agreement.Id), d.Dump());
    }
}
