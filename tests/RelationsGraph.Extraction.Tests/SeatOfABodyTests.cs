namespace RelationsGraph.Extraction.Tests;

/// <summary>"at Velmora League headquarters", "at the headquarters of the Tessaly Union": a body's name with the noun of its seat is a place.</summary>
public class SeatOfABodyTests
{
    [Fact]
    public void TheBodyAndItsHeadquartersAreAPlace()
    {
        var d = TestArticles.Extract("""
            date 2021-05-11

            Malian President Issa Kantao met Nigerien President Moussa Dandi at United Nations headquarters on Monday.
            """);
        var place = Assert.Single(d.OfType("Place"), p => p.Name == "United Nations headquarters");
        Assert.Contains(d.OfType("Meeting"), m => d.Has("HELD_IN", m.Id, place.Id));
    }

    [Fact]
    public void TheHeadquartersOfABodyIsAPlace()
    {
        var d = TestArticles.Extract("""
            date 2021-05-11

            Malian President Issa Kantao signed the Dorvel accord with Nigerien President Moussa Dandi at the headquarters of the African Union on Monday.
            """);
        Assert.Contains(d.OfType("Place"), p => p.Name == "headquarters of the African Union");
    }

    [Fact]
    public void ANounModifiedByTheSeatIsLeftAlone()
    {
        var d = TestArticles.Extract("""
            date 2021-05-11

            Malian President Issa Kantao spoke to United Nations headquarters staff on Monday.
            """);
        Assert.DoesNotContain(d.OfType("Place"), p => p.Name.EndsWith("headquarters", StringComparison.Ordinal));
    }
}
