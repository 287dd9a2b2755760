namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A passive signing whose agents each come after the side they signed for ("for X by A; for Y by B", "on behalf of X by A,
/// and on behalf of Y by B") names every one of them (see SideThenAgentItem).
/// </summary>
public class SideThenAgentItemTests
{
    [Fact]
    public void SemicolonItemsOfSideThenAgentEachNameASigner()
    {
        var d = TestArticles.Extract("""
            date 2024-03-08 Ghana and the Volta Front met in Accra on Friday.
            The Lake Bosu Accord was signed for Ghana by Colonel Kwame Adjei, the minister of lands; for the Volta Liberation Front (VLF) by its secretary-general, Mr Kofi Nartey; and for the mediators by Mr Yao Dossou.
            """);
        var accord = Assert.Single(d.OfType("Agreement"));
        foreach (var id in new[] { "person:kwame-adjei", "person:kofi-nartey", "person:yao-dossou" })
            Assert.True(d.Has("SIGNED", id, accord.Id), id + "\n" + d.Dump());
    }

    [Fact]
    public void OnBehalfOfItemsJoinedByAndEachNameASigner()
    {
        var d = TestArticles.Extract("""
            date 2024-03-08 India and Nepal met in New Delhi on Friday.
            The Sorna Water Treaty was signed on behalf of Nepal by Ram Bahadur Thapal, the water minister, and on behalf of India by Arvind Mehrotra, the minister of rivers, while both heads of government looked on.
            """);
        var treaty = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:ram-bahadur-thapal", treaty.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:arvind-mehrotra", treaty.Id), d.Dump());
    }

    [Fact]
    public void AByAfterAnotherNounIsNoNewItem()
    {
        var d = TestArticles.Extract("""
            date 2024-03-08 India and Nepal met in New Delhi on Friday.
            The Sorna Water Treaty was signed by Ram Bahadur Thapal of Nepal and Arvind Mehrotra of India, after a plan drawn up for the basin by Dilip Navre of the World Bank.
            """);
        var treaty = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:arvind-mehrotra", treaty.Id), d.Dump());
        Assert.False(d.Has("SIGNED", "person:dilip-navre", treaty.Id), d.Dump());
    }

    [Fact]
    public void ASideToldByItsAdjectiveAndASideNounOpensAnItem()
    {
        var d = TestArticles.Extract("""
            date 2024-03-08 Kenya, Mali and Peru met in Nairobi on Friday.
            The Tana Rail Pact was signed on behalf of the Kenyan side by Odhiambo Waweru, the transport minister; on behalf of the Malian side by Seydou Kanta, the minister of works; and on behalf of the Peruvian side by Rosa Quispel, the trade minister.
            """);
        var pact = Assert.Single(d.OfType("Agreement"));
        foreach (var id in new[] { "person:odhiambo-waweru", "person:seydou-kanta", "person:rosa-quispel" })
            Assert.True(d.Has("SIGNED", id, pact.Id), id + "\n" + d.Dump());
    }

    [Fact]
    public void ALongRollOfSideItemsWithFullTitlesIsReadToItsLastItem()
    {
        var d = TestArticles.Extract("""
            date 2024-03-08 Kenya, Mali and Peru met in Nairobi on Friday.
            The Tana Rail Pact was signed on behalf of the Kenyan side by Odhiambo Waweru, Minister of Transport, Roads and Public Works of the Republic of Kenya; on behalf of the Malian side by Seydou Kanta, Minister of Public Works and Infrastructure of the Republic of Mali; and on behalf of the Peruvian side by Rosa Quispel, Minister of Foreign Trade and Tourism of the Republic of Peru.
            """);
        var pact = Assert.Single(d.OfType("Agreement"));
        foreach (var id in new[] { "person:odhiambo-waweru", "person:seydou-kanta", "person:rosa-quispel" })
            Assert.True(d.Has("SIGNED", id, pact.Id), id + "\n" + d.Dump());
    }
}
