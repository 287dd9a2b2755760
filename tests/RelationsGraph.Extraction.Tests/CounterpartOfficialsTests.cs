namespace RelationsGraph.Extraction.Tests;

/// <summary>"Minister X and his Swedish counterpart Y": the unmarked one of a pair of counterparts serves the story's other principal country.</summary>
public class CounterpartOfficialsTests
{
    private const string Opening = "date 2024-04-10 Norway and Sweden agreed on Wednesday to share the cost of a new rail link. " +
                                   "Norway will pay for the northern section and Sweden for the southern one. ";

    [Fact]
    public void AnUnmarkedOfficialPairedWithAMarkedCounterpartServesTheOtherCountry()
    {
        var d = TestArticles.Extract(Opening + "Transport Minister Lars Dahlberg and his Swedish counterpart Karin Lindqvist signed the rail agreement in Oslo.");
        Assert.True(d.Has("REPRESENTS", "person:lars-dahlberg", "country:no"), d.Dump());
    }

    // A counterpart holds the same office for the other side: in a story filed from one country's capital, the unmarked
    // "his counterpart Y" after the home official serves the other principal country, not the home.
    [Fact]
    public void AnUnmarkedCounterpartOfAHomeOfficialServesTheOtherCountry()
    {
        var d = TestArticles.Extract("""
            date 2024-04-10

            OSLO, April 10 (Wire) - Norway and Sweden agreed on Wednesday to share the cost of a new rail link.
            Norway will pay for the northern section and Sweden for the southern one.
            Transport Minister Lars Dahlberg and his counterpart Karin Lindqvist then signed the rail agreement.
            """);
        Assert.True(d.Has("REPRESENTS", "person:lars-dahlberg", "country:no"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:karin-lindqvist", "country:se"), d.Dump());
        Assert.False(d.Has("REPRESENTS", "person:karin-lindqvist", "country:no"), d.Dump());
    }

    [Fact]
    public void APossessiveCountryBeforeTheTitleMarksTheCounterpartToo()
    {
        var d = TestArticles.Extract(Opening + "Transport Minister Lars Dahlberg and Sweden's Minister for Infrastructure Karin Lindqvist signed the rail agreement.");
        Assert.True(d.Has("REPRESENTS", "person:lars-dahlberg", "country:no"), d.Dump());
    }

    [Fact]
    public void ACounterpartWhoseTitleListsPortfoliosWithCommasIsMarkedAndPairsTheOther()
    {
        var d = TestArticles.Extract(Opening + "Transport Minister Lars Dahlberg and his Swedish counterpart, Infrastructure, Housing and Energy Minister Karin Lindqvist, signed the rail agreement.");
        Assert.True(d.Has("REPRESENTS", "person:karin-lindqvist", "country:se"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:lars-dahlberg", "country:no"), d.Dump());
    }

    [Fact]
    public void WithoutTwoPrincipalCountriesNoCountryIsGiven()
    {
        var d = TestArticles.Extract("date 2024-04-10 Norway, Sweden and Finland agreed on Wednesday to share the cost of a new rail link. " +
                                     "Transport Minister Lars Dahlberg and his Swedish counterpart Karin Lindqvist signed the rail agreement.");
        Assert.DoesNotContain(d.Relationships, r => r.Type == "REPRESENTS" && r.From == "person:lars-dahlberg");
    }

    [Fact]
    public void AnOfficialOfAnInternationalBodyIsNoCountrysCounterpart()
    {
        var d = TestArticles.Extract(Opening + "UN Secretary-General Pedro Almeida and Swedish Transport Minister Karin Lindqvist opened the line.");
        Assert.DoesNotContain(d.Relationships, r => r.Type == "REPRESENTS" && r.From == "person:pedro-almeida");
    }
    [Fact]
    public void AVisitorsReleaseFiledFromTheHostCapitalKeepsItsUnmarkedOfficialWithTheVisitor()
    {
        var d = TestArticles.Extract("date 2024-04-10 STOCKHOLM, April 10 (Wire) - Norway and Sweden agreed on Wednesday to share the cost of a new rail link. " +
                                     "Norway will pay for the northern section and Sweden for the southern one. " +
                                     "Transport Minister Lars Dahlberg and Swedish Transport Minister Karin Lindqvist signed the rail agreement.");
        Assert.True(d.Has("REPRESENTS", "person:lars-dahlberg", "country:no"), d.Dump());
        Assert.False(d.Has("REPRESENTS", "person:lars-dahlberg", "country:se"), d.Dump());
    }

    [Fact]
    public void TwoLeadersTheListsKnowNamedTogetherAreNoPairOfCounterparts()
    {
        var d = TestArticles.Extract("date 2024-04-10 OSLO, April 10 (Wire) - Norway and Sweden agreed on Wednesday to share the cost of a new rail link. " +
                                     "Norway will pay for the northern section and Sweden for the southern one. " +
                                     "Deputy Minister Lars Dahlberg and Prime Minister Jonas Gahr Store received the guests at the airport.");
        Assert.True(d.Has("REPRESENTS", "person:lars-dahlberg", "country:no"), d.Dump());
    }

    [Fact]
    public void ANationalityOnTheCounterpartDoesNotKeepTheHomeFromTheOtherOfficial()
    {
        // Filed from Nairobi, with three countries in the story: only the dateline can place the unmarked minister.
        var d = TestArticles.Extract("date 2024-04-10 NAIROBI, April 10 (Wire) - Kenya, Uganda and Tanzania opened a new rail link on Wednesday. " +
                                     "Transport Minister Joseph Kariuki had asked his Ugandan counterpart Moses Okello to the opening during talks last month.");
        Assert.True(d.Has("REPRESENTS", "person:joseph-kariuki", "country:ke"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:moses-okello", "country:ug"), d.Dump());
    }
}
