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
}
