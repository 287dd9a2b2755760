namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A subject whose names carry long descriptions (appositions, relative clauses closed by a comma) before a seat or a
/// presence verb still attends, every name of it, and nobody its descriptions only mention.
/// </summary>
public class DescribedSubjectRollTests
{
    private const string Talks = "date 2019-05-14 Chilean President Sebastian Pinera and Argentine President Mauricio Macri held talks at the Casa Rosada in Buenos Aires on Tuesday.";

    [Fact]
    public void TwoNamesWithTheirDescriptionsInTheRoomBothAttend()
    {
        var d = TestArticles.Extract(Talks + "\n" + """
            Foreign Minister Roberto Ampuero, who had flown in a day earlier, and the Chilean ambassador to Argentina, Nicolas Monckeberg, were also in the room.
            """);
        var talks = Assert.Single(d.OfType("Meeting"));
        foreach (var id in new[] { "person:roberto-ampuero", "person:nicolas-monckeberg" })
            Assert.True(d.Has("ATTENDED", id, talks.Id), id + "\n" + d.Dump());
    }

    [Fact]
    public void OneNameWithALongDescriptionInTheFrontRowAttends()
    {
        var d = TestArticles.Extract(Talks + "\n" + """
            Trade Minister Dante Sica, the official who spent most of the winter drafting the customs annex with his Chilean counterparts, sat in the front row.
            """);
        var talks = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:dante-sica", talks.Id), d.Dump());
    }

    [Fact]
    public void ThePersonADescriptionLeadsToIsNoAttendee()
    {
        var d = TestArticles.Extract(Talks + "\n" + """
            Marcos Pena, chief of staff to President Mauricio Macri, and Hernan Lacunza, who had chaired the preparatory round in Santiago, were also on the podium.
            Former President Michelle Bachelet, who had signed the first customs protocol with Argentine President Cristina Kirchner, was not mentioned in the speeches.
            """);
        var talks = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:marcos-pena", talks.Id), d.Dump());
        Assert.False(d.Has("ATTENDED", "person:cristina-kirchner", talks.Id), d.Dump());
    }

    [Fact]
    public void JoiningByVideoLinkIsNoSeatInTheRoom()
    {
        var d = TestArticles.Extract(Talks + "\n" + """
            Bolivian President Evo Morales, who was kept at home by the floods in the Beni lowlands and the protests in La Paz, took part by video link.
            """);
        Assert.DoesNotContain(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:evo-morales", m.Id));
    }
}
