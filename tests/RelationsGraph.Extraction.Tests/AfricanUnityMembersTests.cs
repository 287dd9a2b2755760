namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// The Organization of African Unity (1963-2002) is a grouping with a member list in memberships.txt, so a text the
/// title names as the OAU's own binds each member state the article names.
/// </summary>
public class AfricanUnityMembersTests
{
    private const string Opening = """
        Cultural charter signed in Korvela

        date 1976-08-03 KORVELA - Foreign ministers Kwame Dansoro of Ghana and Amadou Telli of Senegal met their Kenyan counterpart Joseph Wambaro in Korvela on Tuesday.

        """;

    [Fact]
    public void AMemberOfTheOauIsASideOfItsCharter()
    {
        var d = TestArticles.Extract(Opening + "The three ministers signed the Cultural Charter of the Organization of African Unity on Monday.\nMalawi's envoy Peter Chizeka attended the signing.\n");
        var text = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Cultural Charter"));
        Assert.True(d.Has("PARTY_TO", "country:mw", text.Id), d.Dump());
    }
}
