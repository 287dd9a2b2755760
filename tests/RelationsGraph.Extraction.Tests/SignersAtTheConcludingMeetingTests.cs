namespace RelationsGraph.Extraction.Tests;

/// <summary>Whoever signed a document a meeting concluded was at that meeting, though the signing sentence names no gathering.</summary>
public class SignersAtTheConcludingMeetingTests
{
    [Fact]
    public void SignersNamedApartFromTheSummitAttendIt()
    {
        var d = TestArticles.Extract("""
            date 2023-05-17 The leaders of the Nordic Council met for a summit in Reykjavik on Tuesday and adopted the Reykjavik Declaration on Arctic Fisheries.
            The declaration was signed by Icelandic Prime Minister Katrin Jakobsdottir and Norwegian Prime Minister Jonas Gahr Store.
            """);
        var summit = Assert.Single(d.OfType("Meeting"), m => d.Has("PRODUCED", m.Id, d.OfType("Agreement").Single().Id));
        Assert.True(d.Has("ATTENDED", "person:katrin-jakobsdottir", summit.Id));
        Assert.True(d.Has("ATTENDED", "person:jonas-gahr-store", summit.Id));
    }
}
