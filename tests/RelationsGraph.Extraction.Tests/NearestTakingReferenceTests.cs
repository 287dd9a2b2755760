namespace RelationsGraph.Extraction.Tests;

/// <summary>A place belongs to the nearest meeting reference that takes it, not to a nearer one that cannot.</summary>
public class NearestTakingReferenceTests
{
    [Fact]
    public void APlaceANearerCeremonyCannotTakeGoesToTheWhereClausesMeeting()
    {
        var d = TestArticles.Extract("""
            date 2024-04-11

            Kenyan President William Ruto was accorded a guard of honour at the airport before proceeding to Nyerere Hall, where Tanzanian President Samia Suluhu Hassan welcomed him.
            """);
        Assert.Contains(d.OfType("Meeting"), m => d.Has("HELD_IN", m.Id, "place:nyerere-hall") && d.Has("ATTENDED", "person:samia-suluhu-hassan", m.Id));
    }
}
