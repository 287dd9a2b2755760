namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A definite reference that describes another subject and is signed by other people than the document told before is a
/// second document of the occasion (see DescribedWithOtherSigners); one signed again by the same people is not.
/// </summary>
public class DescribedWithOtherSignersTests
{
    [Fact]
    public void ADescribedDocumentSignedByOthersIsAnotherDocument()
    {
        var d = TestArticles.Extract("""
            date 2017-05-12 President Uhuru Kenyatta met President Yoweri Museveni in Nairobi on Friday.
            Kenyatta and Museveni signed a Partnership Agreement at State House on Friday.
            Kenyan Foreign Minister Amina Mohamed and Ugandan Foreign Minister Sam Kutesa then signed the agreement on fisheries in Lake Victoria.
            """);
        Assert.Equal(2, d.OfType("Agreement").Count());
    }

    [Fact]
    public void TheSameSignersReferringBackNameOneDocument()
    {
        var d = TestArticles.Extract("""
            date 2017-05-12 President Uhuru Kenyatta met President Yoweri Museveni in Nairobi on Friday.
            Kenyatta and Museveni signed a Partnership Agreement at State House on Friday.
            Kenyatta said the trade agreement he signed with Museveni would open the border.
            """);
        Assert.Single(d.OfType("Agreement"));
    }
}
