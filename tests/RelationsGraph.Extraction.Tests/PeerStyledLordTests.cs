namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A peer written by his style "Lord" and one or two names, with nothing else to show a person, is a person named with the
/// style, not a place after "to" or "at" (see PeerStyledLord).
/// </summary>
public class PeerStyledLordTests
{
    [Fact]
    public void APeerAfterToIsAPersonNotAPlace()
    {
        var d = TestArticles.Extract("""
            date 1822-03-08 The envoys met at Dornhaven on Friday.
            The chief negotiator wrote every evening to Lord Harwick and waited for his answer.
            """);
        Assert.Contains(d.OfType("Person"), p => p.Name == "Lord Harwick");
        Assert.DoesNotContain(d.OfType("Place"), p => p.Name.Contains("Harwick"));
    }

    [Fact]
    public void APeerOpeningASentenceIsAPerson()
    {
        var d = TestArticles.Extract("""
            date 1822-03-08 The envoys met at Dornhaven on Friday.
            Lord Penmore sent fresh instructions by the next packet boat.
            """);
        Assert.Contains(d.OfType("Person"), p => p.Name == "Lord Penmore");
    }
}
