namespace RelationsGraph.Extraction.Tests;

/// <summary>A sentence-initial pronoun signs as the previous sentence's subject.</summary>
public class PronounSignerTests
{
    [Theory]
    [InlineData("He signed the Arusha customs accord with Hassan on Tuesday.")]
    [InlineData("He then signed the Arusha customs accord, and Hassan signed it for Tanzania.")]
    public void ThePronounIsThePreviousSubject(string sentence)
    {
        var d = TestArticles.Extract("date 2024-05-14 Kenyan President William Ruto arrived in Arusha on Monday for talks with Tanzanian President Samia Suluhu Hassan.\n" + sentence);
        var accord = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:william-ruto", accord.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:samia-suluhu-hassan", accord.Id), d.Dump());
    }

    [Fact]
    public void AQuotedPronounSignsNothing()
    {
        var d = TestArticles.Extract("date 2024-05-14 Kenyan President William Ruto arrived in Arusha on Monday for talks with Tanzanian President Samia Suluhu Hassan.\n\"We signed the Arusha customs accord long ago,\" a Ugandan official said.");
        Assert.DoesNotContain(d.Relationships, r => r.Type == "SIGNED" && r.From == "person:william-ruto");
    }
}
