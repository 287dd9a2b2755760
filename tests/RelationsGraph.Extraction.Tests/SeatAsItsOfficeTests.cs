namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A seat of government named as the modifier of its staff or papers, as the owner of a statement, or as a report's source
/// ("White House press secretary X", "a Kremlin aide", "the Elysee's account", "according to Downing Street") is the office
/// housed there, not a place of the story; the building stays a place where something happens at it.
/// </summary>
public class SeatAsItsOfficeTests
{
    [Theory]
    [InlineData("White House press secretary Orla Venning told reporters the talks with Pelmark had been frank.", "White House")]
    [InlineData("A Kremlin aide, Dorofei Slavin, said the visit by the Pelmark premier would go ahead.", "Kremlin")]
    [InlineData("The Kremlin's account of the call with the Pelmark premier was cooler.", "Kremlin")]
    [InlineData("According to the White House, the call with the Pelmark premier lasted an hour.", "White House")]
    public void ASeatWrittenAsItsOfficeIsNoPlace(string sentence, string seat)
    {
        var d = TestArticles.Extract("date 2024-06-02 " + sentence);
        Assert.DoesNotContain(d.OfType("Place"), p => p.Name == seat);
        Assert.Contains(d.OfType("Organization"), o => o.Name == seat);
    }

    [Fact]
    public void ASeatWhereSomethingHappensStaysAPlace()
    {
        var d = TestArticles.Extract("date 2024-06-02 The Pelmark premier, Ansel Brudd, held talks at the White House on Tuesday, " +
                                     "White House officials said.");
        Assert.Contains(d.OfType("Place"), p => p.Name == "White House");
    }
}
