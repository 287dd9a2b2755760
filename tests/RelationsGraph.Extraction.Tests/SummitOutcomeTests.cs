namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// What a summit produced when the sentence does not name it, who signed alongside whom,
/// memoranda signed by ministers, and the next edition of a grouping's summit.
/// </summary>
public class SummitOutcomeTests
{
    [Fact]
    public void ADeclarationAdoptedByLeadersComesOutOfTheSummitUnderDiscussion()
    {
        var d = TestArticles.Extract("""
            date 2024-09-12

            Leaders of the world's largest economies gathered for the G20 summit in Rio de Janeiro on Wednesday.
            The leaders agreed on Thursday to tax the very wealthiest, adopting a short declaration on inequality.
            """);
        var summit = Assert.Single(d.OfType("Meeting"));
        var declaration = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("PRODUCED", summit.Id, declaration.Id), d.Dump());
    }

    [Fact]
    public void ADeclarationOfAnotherYearIsNotTheSummitsOutcome()
    {
        var d = TestArticles.Extract("""
            date 2024-09-12

            Leaders of the world's largest economies gathered for the G20 summit in Rio de Janeiro on Wednesday.
            They recalled that ministers had adopted a declaration on fisheries in 2009.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "PRODUCED");
    }

    [Fact]
    public void EveryoneListedAfterAlongsideSignedToo()
    {
        var d = TestArticles.Extract("""
            date 2024-09-12 Polish President Andrzej Duda signed the declaration on Thursday alongside Czech President Petr Pavel, Slovak President Peter Pellegrini and Hungarian President Tamas Sulyok.
            """);
        var declaration = Assert.Single(d.OfType("Agreement"));
        foreach (var person in new[] { "andrzej-duda", "petr-pavel", "peter-pellegrini", "tamas-sulyok" })
            Assert.True(d.Has("SIGNED", "person:" + person, declaration.Id), d.Dump());
    }

    [Fact]
    public void AMemorandumSignedByTwoMinistersIsTheirsAndApartFromTheTreatyItServes()
    {
        var d = TestArticles.Extract("""
            date 2024-09-12

            Among the documents was a memorandum on dairy exports, signed by Irish Agriculture Minister Charlie McConalogue and Danish Food Minister Jacob Jensen.
            Both sides said they would build on the trade agreement signed in 2011.
            """);
        var agreements = d.OfType("Agreement").ToList();
        Assert.Equal(2, agreements.Count);
        var memorandum = agreements.Single(a => a.Year != 2011);
        Assert.True(d.Has("SIGNED", "person:charlie-mcconalogue", memorandum.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:jacob-jensen", memorandum.Id), d.Dump());
    }

    [Fact]
    public void TheNextEditionPlacedElsewhereIsAnotherSummit()
    {
        var d = TestArticles.Extract("""
            date 2025-06-25

            Leaders met at the NATO summit in The Hague on Wednesday.
            The next NATO summit is to take place in Turkey in 2026.
            """);
        var summits = d.OfType("Meeting").ToList();
        Assert.Equal(2, summits.Count);
        Assert.Contains(summits, s => s.Place == "The Hague" && s.Status == "held");
        Assert.Contains(summits, s => s.Date == "2026" && s.Status == "planned");
    }

    [Fact]
    public void TheSigningSidesAreTheSignersCountriesNotTheSidesOfWhatItBacks()
    {
        var d = TestArticles.Extract("""
            date 2025-10-13

            Leaders gathered for a peace summit in Sharm el-Sheikh, hosted by Egyptian President Abdel Fattah el-Sissi and attended by British Prime Minister Keir Starmer.
            U.S. President Donald Trump and the leaders of Egypt, Qatar and Turkey signed a declaration on Monday backing the ceasefire between Israel and Hamas.
            """);
        var declaration = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("PARTY_TO", "country:qa", declaration.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:us", declaration.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:il", declaration.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:gb", declaration.Id), d.Dump());
        Assert.False(d.Has("SIGNED", "person:keir-starmer", declaration.Id), d.Dump());
    }
}
