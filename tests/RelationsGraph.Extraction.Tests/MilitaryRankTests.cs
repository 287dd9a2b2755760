namespace RelationsGraph.Extraction.Tests;

/// <summary>Military ranks before a name show a person and stay out of the name; a lone "General" opening a body's name does not.</summary>
public class MilitaryRankTests
{
    [Fact]
    public void ARankBeforeANameIsNoPartOfTheName()
    {
        var d = TestArticles.Extract("date 2024-06-02 The pact was signed by Lieutenant General Tran Van Khoa, commander of the border guard, in Hanoi.");
        Assert.Contains(d.OfType("Person"), p => p.Name == "Tran Van Khoa");
        Assert.DoesNotContain(d.OfType("Person"), p => p.Name.StartsWith("Lieutenant"));
    }

    [Fact]
    public void ALoneGeneralOpeningABodysNameIsNoRank()
    {
        var d = TestArticles.Extract("date 2024-06-02 Officers of the General Border Committee met in Kuala Lumpur on Monday.");
        Assert.Contains(d.OfType("Organization"), o => o.Name == "General Border Committee");
    }

    [Theory]
    [InlineData("Maj-Gen")]
    [InlineData("Lt Col")]
    [InlineData("Brig. Gen.")]
    [InlineData("Gen")]
    public void AnAbbreviatedRankIsNoPartOfTheNameEither(string rank)
    {
        var d = TestArticles.Extract($"date 1972-03-03 The ceasefire was signed in Juba by {rank} Samuel Aketch for the rebel movement.");
        Assert.Contains(d.OfType("Person"), p => p.Name == "Samuel Aketch");
    }
}
