namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// Signers told as a list whose members carry their own descriptions: ", and B, chairman of ..." after "signed by", a
/// place inside an agent's description ("based in"), "at the time -- A, B and C", and a long roll of titled names before the verb.
/// </summary>
public class SignerListsWithAppositionsTests
{
    [Fact]
    public void EachAgentOfAnObjectlessPassiveWithAppositionsSigned()
    {
        var d = TestArticles.Extract("""
            date 2024-05-20 Norway and Chile agreed a salmon farming accord in Oslo on Monday.
            It was signed by Kari Nordvik, chief executive of the Norwegian fisheries board, and Tomas Araya, director of the Chilean aquaculture agency.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:kari-nordvik", agreement.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:tomas-araya", agreement.Id), d.Dump());
    }

    [Fact]
    public void AnAgentsPlaceOfOfficeEndsNoList()
    {
        var d = TestArticles.Extract("""
            date 2024-05-20 The water-sharing accord was signed in Geneva on Monday by Ambassador Layla Haddad, deputy speaker of the assembly based in Sidon, and Omar Khoury, head of the rival council.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:layla-haddad", agreement.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:omar-khoury", agreement.Id), d.Dump());
    }

    [Fact]
    public void AgentsNamedAfterAtTheTimeSigned()
    {
        var d = TestArticles.Extract("""
            date 2024-05-20 The border memorandum, signed in 2019 by the three countries' interior ministers at the time -- Jonas Berg, Pia Lund and Erik Dahl -- set up a joint patrol.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        foreach (var person in new[] { "person:jonas-berg", "person:pia-lund", "person:erik-dahl" })
            Assert.True(d.Has("SIGNED", person, agreement.Id), person + "\n" + d.Dump());
    }

    [Fact]
    public void ALongRollOfTitledLeadersBeforeTheVerbAllSigned()
    {
        var d = TestArticles.Extract("""
            date 2024-05-20 Kenyan President William Ruto, Ugandan President Yoweri Museveni, Tanzanian President Samia Suluhu Hassan, Rwandan President Paul Kagame and Burundian President Evariste Ndayishimiye signed the regional rail treaty in Arusha on Monday.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        foreach (var person in new[] { "person:william-ruto", "person:yoweri-museveni", "person:samia-suluhu-hassan", "person:paul-kagame", "person:evariste-ndayishimiye" })
            Assert.True(d.Has("SIGNED", person, agreement.Id), person + "\n" + d.Dump());
    }

    [Fact]
    public void AWitnessBeforeTheRollIsNoSigner()
    {
        var d = TestArticles.Extract("""
            date 2024-05-20 Kenyan President William Ruto said that Ugandan President Yoweri Museveni, Tanzanian President Samia Suluhu Hassan, Rwandan President Paul Kagame and Burundian President Evariste Ndayishimiye signed the regional rail treaty in Arusha on Monday.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.False(d.Has("SIGNED", "person:william-ruto", agreement.Id), d.Dump());
    }
}
