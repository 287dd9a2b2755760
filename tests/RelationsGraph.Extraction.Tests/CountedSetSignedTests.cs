namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "After the talks the two ministers signed six agreements": a counted plural that a signing verb takes as its object, and
/// that the story never enumerates, is one agreement, the set (see CountedSetSigned); an enumerated count is read item by item.
/// </summary>
public class CountedSetSignedTests
{
    [Fact]
    public void ACountedPluralSignedAndNeverEnumeratedIsOneAgreement()
    {
        var d = TestArticles.Extract("""
            date 2019-09-12 MARESTA, Sept. 12 (Wire) - President Aldo Venn of Corvania arrived in Maresta on Thursday for talks with Prime Minister Lisa Oberg of Nordania.

            After the talks the two ministers of trade, Pavel Drost and Karin Lund, signed six agreements, before the prime minister hosted a dinner for her guest.
            """);
        var set = Assert.Single(d.OfType("Agreement"));
        Assert.Contains(set.Aliases, a => a.Contains("six agreements", StringComparison.Ordinal));
        Assert.True(d.Has("SIGNED", "person:pavel-drost", set.Id), d.Dump());
    }

    [Fact]
    public void CoordinatedPluralsAreOneSet()
    {
        var d = TestArticles.Extract("""
            date 2021-03-04 TARVO, March 4 (Wire) - Ministers of Corvania and Nordania signed twelve agreements and memoranda covering fisheries, schools and rail links on Thursday, during a visit by President Aldo Venn.
            """);
        Assert.Single(d.OfType("Agreement"));
    }

    [Fact]
    public void ACountThatALaterListEnumeratesIsNoSetOfItsOwn()
    {
        var d = TestArticles.Extract("""
            date 2018-06-08 OSKAR, June 8 (Wire) - The envoys of Corvania and Nordania signed three documents on Friday after two days of talks.

            The three texts are:

            The Agreement on Border Crossings, which opens two new posts.

            The Protocol on River Navigation.

            The Memorandum on Customs Data.
            """);
        Assert.DoesNotContain(d.OfType("Agreement"), a => a.Aliases.Any(x => x.Contains("three documents", StringComparison.Ordinal)));
    }

    [Fact]
    public void ACountWhoseMembersAreNamedAfterAmongThemIsNoSet()
    {
        var d = TestArticles.Extract("""
            date 2022-11-15 VELM, Nov. 15 (Wire) - Officials of Corvania and Nordania signed nine documents on Tuesday, among them a visa waiver and a memorandum on forestry.
            """);
        Assert.DoesNotContain(d.OfType("Agreement"), a => a.Aliases.Any(x => x.Contains("nine documents", StringComparison.Ordinal)));
    }

    [Fact]
    public void LeadersWhoLookedOnAsMinistersSignedAreNoSigners()
    {
        var d = TestArticles.Extract("""
            date 2017-05-20 KORVA, May 20 (Wire) - President Aldo Venn of Corvania held talks with President Mirela Sand of Nordania in Korva on Saturday.

            After the talks, the two presidents looked on while cabinet members from Corvania and Nordania signed 11 cooperation documents on transport and health.
            """);
        var set = Assert.Single(d.OfType("Agreement"));
        Assert.False(d.Has("SIGNED", "person:aldo-venn", set.Id), d.Dump());
        Assert.False(d.Has("SIGNED", "person:mirela-sand", set.Id), d.Dump());
    }

    [Fact]
    public void PeopleInWhosePresenceTheDocumentsWereSignedAreWitnesses()
    {
        var d = TestArticles.Extract("""
            date 2016-02-10 KORVA, Feb. 10 (Wire) - President Aldo Venn of Corvania wound up a visit to Nordania on Wednesday, his hosts and he having agreed seven memoranda of understanding on mining and ports.

            The memoranda were signed by the mining and port ministers in the presence of Venn and Prime Minister Lisa Oberg.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "SIGNED" && r.From is "person:aldo-venn" or "person:lisa-oberg");
    }
}
