namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "met in Tamale on Thursday to review relations and sign a treaty": a bare "sign" coordinated with a purpose infinitive
/// after a past act of coming together tells a signing that took place (see SignInACoordinatedPurpose).
/// </summary>
public class SignInACoordinatedPurposeTests
{
    [Fact]
    public void SignCoordinatedWithAPurposeInfinitiveSigns()
    {
        var d = TestArticles.Extract("""
            date 2019-05-02 ACCRA, May 2 (Wire) - Ghanaian President Kofi Mensah Adjei and Kenyan President Joseph Wanjiru Otieno met in Tamale on Thursday to review relations and sign a treaty on river fisheries.
            """);
        var treaty = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:kofi-mensah-adjei", treaty.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:joseph-wanjiru-otieno", treaty.Id), d.Dump());
    }

    [Fact]
    public void APlannedPurposeStaysAPlan()
    {
        var d = TestArticles.Extract("""
            date 2019-05-02 ACCRA, May 2 (Wire) - Ghanaian President Kofi Mensah Adjei and Kenyan President Joseph Wanjiru Otieno are expected to meet in Tamale to review relations and sign a treaty on river fisheries.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "SIGNED");
    }
}
