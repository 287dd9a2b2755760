namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// Signings told as a series: a gapped list whose items (a name and the side it signed for) are parted by semicolons, a
/// signing told before the document is named in the next sentence, signatures added "below those of" the parties, and
/// those who "followed" a signer in the same sentence.
/// </summary>
public class SerialSigningTests
{
    [Fact]
    public void SemicolonsPartTheItemsOfAGappedSigningList()
    {
        var d = TestArticles.Extract("""
            date 2011-04-20 Foreign ministers of four states met in Vienna on Wednesday and signed the Danube Navigation Accord.

            Karl Berger, Minister of Foreign Affairs of Austria, signed for Vienna; Tomas Novak for Slovakia; Istvan Farkas for Hungary; and Foreign Minister Milan Jovic for Serbia.
            """);
        var accord = Assert.Single(d.OfType("Agreement"));
        foreach (var signer in new[] { "person:karl-berger", "person:tomas-novak", "person:istvan-farkas", "person:milan-jovic" })
            Assert.True(d.Has("SIGNED", signer, accord.Id), signer + "\n" + d.Dump());
    }

    [Fact]
    public void ASemicolonBeforeANameWithoutASideEndsTheList()
    {
        var d = TestArticles.Extract("""
            date 2011-04-20 Foreign ministers met in Vienna on Wednesday and signed the Danube Navigation Accord.

            Karl Berger signed for Austria; Tomas Novak for his part said the text was too weak.
            """);
        var accord = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:karl-berger", accord.Id), d.Dump());
        Assert.False(d.Has("SIGNED", "person:tomas-novak", accord.Id), d.Dump());
    }

    [Fact]
    public void ASigningToldBeforeItsDocumentIsNamedSignsTheDocumentOfTheNextSentence()
    {
        var d = TestArticles.Extract("""
            date 2011-04-20 Signatures that were meant to last

            In a palace hall in Vienna on a spring afternoon, three men put their names to four short pages.

            Karl Berger signed for Austria, Tomas Novak for Slovakia and Istvan Farkas for Hungary.

            The paper was named the Danube Navigation Accord.
            """);
        var accord = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:tomas-novak", accord.Id), d.Dump());
    }

    [Fact]
    public void SignaturesAddedBelowThoseOfThePartiesSign()
    {
        var d = TestArticles.Extract("""
            date 2011-04-20 Austria and Slovakia signed the Danube Navigation Accord in Vienna on Wednesday.

            Two guarantors added their signatures below those of the parties: Swiss President Anna Keller and Czech Prime Minister Pavel Dvorak.
            """);
        var accord = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:anna-keller", accord.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:pavel-dvorak", accord.Id), d.Dump());
    }
    [Fact]
    public void ThoseWhoFollowedTheSignerInTheSentenceSignedInTurn()
    {
        var d = TestArticles.Extract("""
            date 2011-04-20 The Danube Navigation Accord was signed in Vienna on Wednesday.

            Karl Berger signed for Austria, followed one by one by the three other foreign ministers, among them Slovakia's Tomas Novak and Hungary's Istvan Farkas.
            """);
        var accord = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:tomas-novak", accord.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:istvan-farkas", accord.Id), d.Dump());
    }

    [Fact]
    public void AProgrammeThatFollowedTheSigningNamesNoSigner()
    {
        var d = TestArticles.Extract("""
            date 2011-04-20 The Danube Navigation Accord was signed in Vienna on Wednesday.

            Karl Berger signed for Austria, followed by a press conference with Tomas Novak.
            """);
        var accord = Assert.Single(d.OfType("Agreement"));
        Assert.False(d.Has("SIGNED", "person:tomas-novak", accord.Id), d.Dump());
    }

    [Fact]
    public void SignaturesAddedInTurnOrOneAfterAnotherSignTheDocumentUnderDiscussion()
    {
        var d = TestArticles.Extract("""
            date 2011-04-20 Foreign ministers of four states signed the Danube Navigation Accord in Vienna on Wednesday.
            Austrian Foreign Minister Karl Berger and Slovak Foreign Minister Tomas Novak added their signatures in turn.
            The last two ministers then added their signatures one after the other: Istvan Farkas of Hungary and Milan Jovic of Serbia.
            """);
        var accord = Assert.Single(d.OfType("Agreement"));
        foreach (var signer in new[] { "person:karl-berger", "person:tomas-novak", "person:istvan-farkas", "person:milan-jovic" })
            Assert.True(d.Has("SIGNED", signer, accord.Id), signer + "\n" + d.Dump());
    }
}
