namespace RelationsGraph.Extraction.Tests;

/// <summary>Mediators, hosts, witnesses and guarantors stand beside a document; they are not party to it.</summary>
public class MediatorTests
{
    [Fact]
    public void CountriesAfterAMediationWordAreNotParties()
    {
        var d = TestArticles.Extract("date 2022-05-03 Armenia and Azerbaijan reached a border accord on Tuesday, with Georgia and Kazakhstan as guarantors, in talks brokered by Qatar.");
        var accord = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("PARTY_TO", "country:am", accord.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:ge", accord.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:qa", accord.Id), d.Dump());
    }

    [Fact]
    public void ASentenceAboutWhoBrokeredADocumentNamesNoParties()
    {
        var d = TestArticles.Extract("""
            date 2022-05-03 Armenia and Azerbaijan signed a border accord in Doha on Tuesday.
            The panel that brokered the accord, led by a former Ghanaian president, met in Doha for a month.
            """);
        var accord = Assert.Single(d.OfType("Agreement"));
        Assert.False(d.Has("PARTY_TO", "country:gh", accord.Id), d.Dump());
    }

    [Fact]
    public void CallingItANewNameRenamesTheDocumentNamedLast()
    {
        var d = TestArticles.Extract("""
            date 2022-05-03 Armenia and Azerbaijan signed a border accord in Doha on Tuesday.
            The new accord builds on the 1994 Bishkek Protocol.
            Armenians still call it the Bishkek ceasefire accord.
            """);
        Assert.Equal(2, d.OfType("Agreement").Count());
        var bishkek = d.OfType("Agreement").Single(a => a.Year == 1994);
        Assert.Contains(bishkek.Aliases, a => a.Contains("Bishkek ceasefire accord"));
        // "builds on" upholds the earlier document; the capitals in the documents' names are not parties.
        var accord = d.OfType("Agreement").Single(a => a.Year == 2022);
        Assert.True(d.Has("REAFFIRMS", accord.Id, bishkek.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:kg", accord.Id), d.Dump());
        Assert.False(d.Has("PRODUCED", d.OfType("Meeting").FirstOrDefault()?.Id ?? "", bishkek.Id), d.Dump());
    }

    // A list a role noun opens with a colon or a spaced dash: every item holds the role, not only the first.
    [Theory]
    [InlineData("with three observers at the table:")]
    [InlineData("with three witnesses at the table —")]
    public void EveryCountryOfAListOfObserversOrWitnessesStandsApart(string opening)
    {
        var d = TestArticles.Extract($"""
            date 2024-05-10 Armenia and Azerbaijan ended their border talks in Geneva on Friday.
            A protocol on border crossings was signed on the last day, {opening} Italian Foreign Minister Antonio Tajani, German Foreign Minister Annalena Baerbock and Swiss Foreign Minister Ignazio Cassis.
            """);
        var protocol = Assert.Single(d.OfType("Agreement"));
        foreach (var country in new[] { "country:it", "country:de", "country:ch" })
            Assert.False(d.Has("PARTY_TO", country, protocol.Id), d.Dump());
    }

    // "mediator-led talks": a dash that joins two words opens no list, so the sides named after it stay sides.
    [Fact]
    public void AHyphenJoiningTwoWordsOpensNoList()
    {
        var d = TestArticles.Extract("date 2024-05-10 After mediator-led talks, Kenyan and Ugandan ministers signed a water accord on Friday.");
        var accord = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("PARTY_TO", "country:ke", accord.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:ug", accord.Id), d.Dump());
    }
}
