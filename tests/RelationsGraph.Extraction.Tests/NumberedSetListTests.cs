namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A signed set told first, then its members: a numbered list in one paragraph ("1. The Agreement on X. 2. The Agreement on Y.")
/// under a colon paragraph naming the plural ("The three texts are:"), and a colon line after the nominal signing ("witnessed
/// the signing of nine agreements. They include:"): every listed document comes out of the meeting (see ConcludedListItems).
/// </summary>
public class NumberedSetListTests
{
    [Fact]
    public void ANumberedListUnderAColonParagraphIsMadeAtTheMeeting()
    {
        var d = TestArticles.Extract("""
            # Talks in Varnholm

            **Friday, 30 April 1993**

            VARNHOLM — Anselm Pryce, the Eldorian foreign minister, held talks with Tomas Velkov, the Morvanian foreign minister, in Varnholm on Thursday. When the talks closed the two ministers signed three documents, the first since the border war.

            Pryce and Velkov signed one after the other and swapped their pens afterwards.

            The three texts are:

            1. **The Agreement on River Navigation**, which opens the Varn to barges from both sides.
            2. **The Agreement on Postal Exchange**, restoring mail across the border.
            3. **The Protocol on Border Crossings**, which sets up four new posts.

            The ministers then lunched together.
            """, "a.md");
        var produced = d.Relationships.Where(r => r.Type == "PRODUCED").Select(r => r.To).ToHashSet();
        var listed = d.OfType("Agreement").Where(a => a.Name.Contains("River Navigation", StringComparison.Ordinal)
            || a.Name.Contains("Postal Exchange", StringComparison.Ordinal) || a.Name.Contains("Border Crossings", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, listed.Count);
        Assert.All(listed, a => Assert.Contains(a.Id, produced));
    }

    [Fact]
    public void AColonLineAfterTheNominalSigningListsItsDocuments()
    {
        var d = TestArticles.Extract("""
            <html><head><title>Eldoria and Morvania sign nine instruments</title><meta name="date" content="2021-05-04"></head><body><article>
            <h1>Eldoria and Morvania sign nine instruments</h1>
            <p>President Idris Kallenberg of Eldoria received President Mara Solvik of Morvania at the Palace of Varnholm on Monday for talks.</p>
            <p>When the talks closed the two presidents looked on at the signing of nine agreements, memoranda and protocols. They include:</p>
            <p>an Agreement on Technical Cooperation, under which Eldoria will fund a grain terminal;</p>
            <p>a Memorandum of Understanding on Tourism Cooperation, which should bring direct flights;</p>
            <p>a Maritime Transport Agreement granting equal treatment to the ships of each side.</p>
            <p>The presidents then opened a trade fair.</p>
            </article></body></html>
            """, "a.html");
        var produced = d.Relationships.Where(r => r.Type == "PRODUCED").Select(r => r.To).ToHashSet();
        var tourism = d.OfType("Agreement").Single(a => a.Name.Contains("Tourism", StringComparison.Ordinal));
        var maritime = d.OfType("Agreement").Single(a => a.Name.Contains("Maritime", StringComparison.Ordinal));
        Assert.Contains(tourism.Id, produced);
        Assert.Contains(maritime.Id, produced);
    }

    [Fact]
    public void AColonParagraphWithNoSignedSetBeforeIsNoList()
    {
        var d = TestArticles.Extract("""
            # Talks in Varnholm

            VARNHOLM — The foreign ministers of Eldoria and Morvania held talks in Varnholm on Tuesday and discussed trade.

            Officials say the ministers looked at old texts. The three texts are:

            1. **The Agreement on River Navigation**, which lapsed in 1990.
            2. **The Agreement on Postal Exchange**, never ratified.
            """, "a.md");
        Assert.DoesNotContain(d.Relationships, r => r.Type == "PRODUCED");
    }
}
