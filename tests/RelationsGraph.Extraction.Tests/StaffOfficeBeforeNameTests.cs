namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// The staff who speak or act for an office ("spokeswoman", "secretary", "adviser") are officials whether their noun comes
/// after the name ("X, the ministry's spokesman") or before it ("ministry spokesman X"): both orders read the same holder nouns,
/// so an unmarked spokesman in a story filed from a capital serves that capital's country.
/// </summary>
public class StaffOfficeBeforeNameTests
{
    [Theory]
    [InlineData("Interior ministry spokeswoman Marta Oyelaran said the patrols would start in May.")]
    [InlineData("Presidential spokesperson Marta Oyelaran said the patrols would start in May.")]
    [InlineData("The cabinet secretary Marta Oyelaran said the patrols would start in May.")]
    public void AnUnmarkedStaffOfficialServesTheHomeCountry(string sentence)
    {
        var d = TestArticles.Extract("date 2025-04-02 ABUJA, April 2 (Wire) - Nigeria and Niger agreed on Wednesday to patrol their border jointly. " + sentence);
        Assert.True(d.Has("REPRESENTS", "person:marta-oyelaran", "country:ng"), d.Dump());
    }

    [Fact]
    public void AStaffNounIsStillNoOfficeOfAnInternationalBody()
    {
        var d = TestArticles.Extract("date 2025-04-02 ABUJA, April 2 (Wire) - Nigeria and Niger agreed on Wednesday to patrol their border jointly. " +
                                     "UN spokeswoman Marta Oyelaran said the patrols would start in May.");
        Assert.DoesNotContain(d.Relationships, r => r.Type == "REPRESENTS" && r.From == "person:marta-oyelaran");
    }
}
