namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// FormalTitleLinks: an official title is read whole through its small words ("to the", "concerning the", "on a",
/// "with respect to"), and "to" after a title that names no other document ends it.
/// </summary>
public class FormalTitleLinksTests
{
    [Fact]
    public void ATitleRunsOnThroughToTheDocumentItAmendsAndThroughConcerning()
    {
        var d = TestArticles.Extract("""
            date 2021-06-08
            Norway and Iceland on Monday signed the Additional Protocol to the Convention on the Fisheries of the Northern Banks and to the Agreement concerning the Waters Adjacent to the Banks.
            """);
        Assert.Contains(d.OfType("Agreement"), a => a.Name!.Contains("Additional Protocol to the Convention on the Fisheries of the Northern Banks and to the Agreement concerning the Waters Adjacent to the Banks"));
    }

    [Fact]
    public void ATitleRunsOnThroughOnAAndWithRespectTo()
    {
        var d = TestArticles.Extract("""
            date 2021-06-08
            The two governments signed the Agreement on a Truce with Respect to the Eastern Provinces in Oslo on Friday.
            """);
        Assert.Contains(d.OfType("Agreement"), a => a.Name!.Contains("Agreement on a Truce with Respect to the Eastern Provinces"));
    }

    [Fact]
    public void ToBeforeAnAddresseeEndsTheTitle()
    {
        var d = TestArticles.Extract("""
            date 2021-06-08
            The foreign minister handed the Coastal Fisheries Treaty to the Storting on Friday.
            """);
        Assert.DoesNotContain(d.OfType("Agreement"), a => a.Name!.Contains("Storting"));
    }
}

/// <summary>IsTitleCopula: "the official title of the document is the X" renames the document already told.</summary>
public class TitleOfTheDocumentTests
{
    [Fact]
    public void TheTitleOfTheTextNamesTheDocumentAlreadyTold()
    {
        var d = TestArticles.Extract("""
            date 2021-06-08
            Norway and Iceland signed a fisheries accord in Oslo on Monday.
            The official title of the document is the Agreement on a Joint Quota for the Northern Banks.
            """);
        Assert.Single(d.OfType("Agreement"));
    }
}
