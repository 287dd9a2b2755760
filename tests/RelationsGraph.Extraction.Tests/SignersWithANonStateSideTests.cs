namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "President A and the rebel commander B signed the accord at talks hosted by C": named signers of one state and a side
/// with no state are all the document's sides, so the host's country is none; when every named signer is of one state, the
/// meeting's other country is still the other side.
/// </summary>
public class SignersWithANonStateSideTests
{
    private const string Talks = "date 2014-05-20 ARUSHA — Three days of talks in Arusha, hosted by Tanzanian President Juma Mkali, ended on Monday when ";

    [Fact]
    public void AStateAndARebelSignerLeaveTheHostOut()
    {
        var d = TestArticles.Extract("Rebels and government sign accord\n\n" + Talks +
            "Burundian President Etienne Ndayiragije and the rebel commander Gaspard Rukundo signed a peace agreement.\nMkali called the accord a new beginning.");
        Assert.Contains(d.Relationships, r => r.Type == "PARTY_TO" && r.From == "country:bi");
        Assert.DoesNotContain(d.Relationships, r => r.Type == "PARTY_TO" && r.From == "country:tz");
    }

    [Fact]
    public void SignersAllOfOneStateLeaveTheOtherSideToTheMeeting()
    {
        var d = TestArticles.Extract("Ministers sign trade accord\n\n" + Talks +
            "Burundian Trade Minister Etienne Ndayiragije and Burundian Finance Minister Gaspard Rukundo signed a trade agreement.\nMkali called the accord a new beginning.");
        Assert.Contains(d.Relationships, r => r.Type == "PARTY_TO" && r.From == "country:bi");
        Assert.Contains(d.Relationships, r => r.Type == "PARTY_TO" && r.From == "country:tz");
    }
}
