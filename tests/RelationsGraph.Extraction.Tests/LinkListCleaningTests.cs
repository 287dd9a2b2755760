using RelationsGraph.Extraction.Cleaning;

namespace RelationsGraph.Extraction.Tests;

/// <summary>Lists of other stories' headlines and promoted headlines are page furniture, not the article.</summary>
public class LinkListCleaningTests
{
    [Fact]
    public void ALinkListUnderAHeadingIsRemovedUntilProseResumes()
    {
        var text = ArticleCleaner.Clean("""
            The ministers met in Accra on Monday.

            Related news:
            - Tinubu to visit Lome in May?
            - Why cocoa prices keep rising

            The talks resume in Lome next week.
            """);
        Assert.DoesNotContain("Tinubu", text);
        Assert.DoesNotContain("cocoa", text);
        Assert.Contains("The talks resume in Lome next week.", text);
    }

    [Fact]
    public void APromotedHeadlineLineIsRemoved()
    {
        var text = ArticleCleaner.Clean("The accord was signed in Dakar.\n\nREAD ALSO: Faye set to name a new cabinet next month\n\nThe leaders then dined together.");
        Assert.DoesNotContain("Faye", text);
        Assert.Contains("The leaders then dined together.", text);
    }

    [Fact]
    public void NumberedMostReadListsAndCountedReaderCommentsAreRemoved()
    {
        var text = ArticleCleaner.Clean("""
            The leaders signed the plan in Lusaka.

            Most read

            1. Kofi Mensah wins the marathon
            2. Fuel prices to fall in June

            Reader comments (2)
            Ama Owusu wrote: Good news at last.
            """);
        Assert.DoesNotContain("Kofi Mensah", text);
        Assert.DoesNotContain("Ama Owusu", text);
        Assert.Contains("The leaders signed the plan in Lusaka.", text);
    }

    [Fact]
    public void IndexTermLinesAreRemoved()
    {
        var text = ArticleCleaner.Clean("The accord was signed in Dakar.\n\nTags: Senegal, Gambia, state visit, Ousmane Diallo\n\nKeywords: WESTAFRICA/SUMMIT\n\nThe leaders then dined together.");
        Assert.DoesNotContain("Ousmane", text);
        Assert.DoesNotContain("SUMMIT", text);
        Assert.Contains("The leaders then dined together.", text);
    }

    [Theory]
    [InlineData("Also on Dakar Daily: Faye calls for calm ahead of the Banjul summit | Why groundnut exports are falling at last")]
    [InlineData("Related reading: Timeline: the Casamance talks, 1991-2014 · Who is Ousmane Diallo? · The long road to the Banjul summit")]
    [InlineData("-- More from the Africa desk: Faye to meet Barrow in Banjul; Fuel prices to fall in June --")]
    public void ALabelledRunOfHeadlinesIsRemoved(string line)
    {
        var text = ArticleCleaner.Clean($"The accord was signed in Dakar.\n\n{line}\n\nThe leaders then dined together.");
        Assert.DoesNotContain("Banjul", text);
        Assert.Contains("The leaders then dined together.", text);
    }

    [Fact]
    public void ProseOpeningWithAlsoOnStays()
    {
        var text = ArticleCleaner.Clean("The accord was signed in Dakar.\n\nAlso on the agenda: fisheries, the Banjul bridge and visas.");
        Assert.Contains("Banjul", text);
    }
}
