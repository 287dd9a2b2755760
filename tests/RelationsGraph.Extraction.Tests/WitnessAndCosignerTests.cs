namespace RelationsGraph.Extraction.Tests;

/// <summary>A signature given as a witness makes no signer; co-signers listed after a bare "signed, alongside" do.</summary>
public class WitnessAndCosignerTests
{
    private const string Lead = """
        date 2022-06-12 Leaders of the Horn of Africa met in Djibouti on Sunday.
        The leaders concluded a regional security pact at the meeting.

        """;

    [Fact]
    public void TheCosignersAfterABareSigningSignedToo()
    {
        var d = TestArticles.Extract(Lead + "Somali President Hassan Sheikh Mohamud signed for his country, alongside Kenya's William Ruto and Ethiopia's Abiy Ahmed.");
        var pact = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:hassan-sheikh-mohamud", pact.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:william-ruto", pact.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:abiy-ahmed", pact.Id), d.Dump());
    }

    [Theory]
    [InlineData("UN Secretary-General Antonio Guterres and AU Commission chairperson Moussa Faki Mahamat signed as witnesses.")]
    [InlineData("UN Secretary-General Antonio Guterres signed the regional security pact as a witness.")]
    public void AWitnessSignatureMakesNoSigner(string sentence)
    {
        var d = TestArticles.Extract(Lead + sentence);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "SIGNED" && r.From == "person:antonio-guterres");
    }
}
