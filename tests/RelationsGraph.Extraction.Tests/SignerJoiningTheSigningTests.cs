namespace RelationsGraph.Extraction.Tests;

/// <summary>"X countersigned the act", "Y also signed": a signer added to the signing already told attends it.</summary>
public class SignerJoiningTheSigningTests
{
    private const string Lead = "date 2011-05-04 Sudanese President Omar al-Bashir and South Sudanese leader Salva Kiir signed a border accord in Addis Ababa on Wednesday.";

    [Fact]
    public void ACountersignerAttendsTheSigning()
    {
        var d = TestArticles.Extract(Lead + "\nEthiopian Prime Minister Meles Zenawi countersigned the accord as host.\n");
        var signing = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:meles-zenawi", signing.Id), d.Dump());
    }

    [Fact]
    public void AnotherLeaderWhoAlsoSignedAttendsTheSigning()
    {
        var d = TestArticles.Extract(Lead + "\nKenyan President Mwai Kibaki, who had chaired the earlier rounds of mediation, also signed.\n");
        var signing = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:mwai-kibaki", signing.Id), d.Dump());
    }

    [Fact]
    public void AlsoSigningADocumentOfItsOwnIsNoAttendanceOfTheSigningTold()
    {
        var d = TestArticles.Extract(Lead + "\nIn Nairobi a week later, Kenyan President Mwai Kibaki also signed a trade law.\n");
        Assert.DoesNotContain(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:mwai-kibaki", m.Id));
    }
}
