namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A reception or a call paid at a named venue is held at the venue alone; talks there are held in the venue's town too
/// (the town known from the venue list and named elsewhere in the story).
/// </summary>
public class VenueAloneTests
{
    [Fact]
    public void ABanquetAtAVenueIsNotGivenTheVenuesTown()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10 Tourists have filled the hotels in Rome this spring.
            Italian President Sergio Mattarella hosted a state banquet for Polish President Andrzej Duda at the Quirinale Palace on Thursday.
            """);
        var banquet = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("HELD_IN", banquet.Id, "place:quirinale-palace"), d.Dump());
        Assert.False(d.Has("HELD_IN", banquet.Id, "place:rome"), d.Dump());
    }

    [Fact]
    public void ACallPaidAtAVenueIsNotGivenTheVenuesTown()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10 Tourists have filled the hotels in Rome this spring.
            Italian President Sergio Mattarella received Polish President Andrzej Duda at the Quirinale Palace on Thursday.
            """);
        var call = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("HELD_IN", call.Id, "place:quirinale-palace"), d.Dump());
        Assert.False(d.Has("HELD_IN", call.Id, "place:rome"), d.Dump());
    }

    [Fact]
    public void TalksAtAVenueKeepTheTown()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10 Tourists have filled the hotels in Rome this spring.
            Polish Prime Minister Donald Tusk held talks with Italian Prime Minister Giorgia Meloni at Palazzo Chigi on Thursday.
            """);
        var talks = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("HELD_IN", talks.Id, "place:palazzo-chigi"), d.Dump());
        Assert.True(d.Has("HELD_IN", talks.Id, "place:rome"), d.Dump());
    }
}
