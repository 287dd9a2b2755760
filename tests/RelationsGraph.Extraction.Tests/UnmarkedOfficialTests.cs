namespace RelationsGraph.Extraction.Tests;

/// <summary>An official whose country the text leaves unsaid serves the country the story is filed from.</summary>
public class UnmarkedOfficialTests
{
    [Fact]
    public void AnUnmarkedMinisterInAStoryFiledFromACapitalServesThatCountry()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10

            OSLO, May 10 (Wire) - Norway will raise its aid budget next year.
            Fisheries Minister Kari Lundgren said the quota talks would resume on Friday.
            """);
        Assert.True(d.Has("REPRESENTS", "person:kari-lundgren", "country:no"), d.Dump());
    }

    // Without a dateline the article has no home; only a country named in the official's own paragraph
    // (OfficialOfTheParagraphsCountryTests) may then place them.
    [Fact]
    public void WithoutADatelineNoCountryIsAssumed()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10

            Norway will raise its aid budget next year.

            Fisheries Minister Kari Lundgren said the quota talks would resume on Friday.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "REPRESENTS" && r.From == "person:kari-lundgren");
    }

    [Fact]
    public void ASentenceNamingAnotherCountryAssumesNothing()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10

            OSLO, May 10 (Wire) - Norway will raise its aid budget next year.
            The quota deal with Iceland was recalled by Fisheries Minister Kari Lundgren on Friday.
            """);
        Assert.False(d.Has("REPRESENTS", "person:kari-lundgren", "country:no"), d.Dump());
    }

    // One sentence with a foreign country in it leaves the official's side unclear there; another office mention with no other
    // country beside it is the reporter leaving a home official unmarked.
    [Fact]
    public void AnotherOfficeMentionWithNoForeignCountryGivesTheHome()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10

            OSLO, May 10 (Wire) - Norway will raise its aid budget next year.
            The quota deal with Iceland was recalled by Fisheries Minister Kari Lundgren on Friday.
            Fisheries Minister Lundgren said the fleet would be told of the new limits next week.
            """);
        Assert.True(d.Has("REPRESENTS", "person:kari-lundgren", "country:no"), d.Dump());
    }

    [Fact]
    public void EveryOfficeMentionBesideAForeignCountryStillAssumesNothing()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10

            OSLO, May 10 (Wire) - Norway will raise its aid budget next year.
            The quota deal with Iceland was recalled by Fisheries Minister Kari Lundgren on Friday.
            Fisheries Minister Lundgren also praised the Faroese fleet and its Danish partners.
            """);
        Assert.False(d.Has("REPRESENTS", "person:kari-lundgren", "country:no"), d.Dump());
    }

    // Reporters mark only the foreign officials of a list: a country written before a later official's title marks that
    // official, not the unmarked one named first.
    [Fact]
    public void AForeignMarkOnALaterOfficialLeavesTheUnmarkedOneAtHome()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10

            OSLO, May 10 (Wire) - Norway will raise its aid budget next year.
            The panel brings together Fisheries Minister Kari Lundgren, Iceland's Trade Minister Bjorn Haraldsson and Danish Energy Minister Mette Holm.
            """);
        Assert.True(d.Has("REPRESENTS", "person:kari-lundgren", "country:no"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:bjorn-haraldsson", "country:is"), d.Dump());
    }

    // "Title Name of Country" marks the name it follows, not the unmarked official reporting the call.
    [Fact]
    public void ACountryAfterAnotherOfficialsNameLeavesTheUnmarkedOneAtHome()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10

            OSLO, May 10 (Wire) - Norway will raise its aid budget next year.
            The talks with Prime Minister Bjorn Haraldsson of Iceland ran past midnight, government spokesperson Kari Lundgren wrote on Friday.
            """);
        Assert.True(d.Has("REPRESENTS", "person:kari-lundgren", "country:no"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:bjorn-haraldsson", "country:is"), d.Dump());
    }

    // A marked official told first may carry the unmarked one with them ("X and his aide Y"): no home country then.
    [Fact]
    public void AForeignMarkBeforeTheUnmarkedOfficialStillAssumesNothing()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10

            OSLO, May 10 (Wire) - Norway will raise its aid budget next year.
            Icelandic Prime Minister Bjorn Haraldsson arrived with Fisheries Minister Kari Lundgren on Friday.
            """);
        Assert.False(d.Has("REPRESENTS", "person:kari-lundgren", "country:no"), d.Dump());
    }

    [Fact]
    public void AnOfficialOfAnInternationalBodyServesNoCountry()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10

            GENEVA, May 10 (Wire) - Switzerland hosted the talks.
            WTO Director-General Amara Osei said the rules would be kept, and Commission President Lotte Varga agreed.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "REPRESENTS" && r.From is "person:amara-osei" or "person:lotte-varga");
    }
}

/// <summary>A country's possessive before a capitalised office with its portfolio, then the name.</summary>
public class PortfolioOfficeTests
{
    [Fact]
    public void ACapitalisedPortfolioOfficeBeforeACommaKeepsThePossessivesCountry()
    {
        var d = TestArticles.Extract("date 2024-06-02 The deal was welcomed by Chile's Energy Minister, Rosa Alvear, and by others.");
        Assert.True(d.Has("REPRESENTS", "person:rosa-alvear", "country:cl"), d.Dump());
    }

    [Fact]
    public void AMultiWordCountryBeforeTheOfficeIsReadWhole()
    {
        var d = TestArticles.Extract("date 2024-06-02 The memorandum was signed by Papua New Guinea's Minister for Fisheries, Tobias Kamea, on Monday.");
        Assert.True(d.Has("REPRESENTS", "person:tobias-kamea", "country:pg"), d.Dump());
        Assert.False(d.Has("REPRESENTS", "person:tobias-kamea", "country:gn"), d.Dump());
    }

    [Fact]
    public void APortfolioAfterOfMayRunOverAnd()
    {
        var d = TestArticles.Extract("date 2024-06-02 It was signed by Ghana's Minister of Trade and Industry, Kofi Mensah Boateng, in Accra.");
        Assert.True(d.Has("REPRESENTS", "person:kofi-mensah-boateng", "country:gh"), d.Dump());
    }

    [Fact]
    public void PortfolioWordsJoinedByAndBeforeATitleAreNoName()
    {
        var d = TestArticles.Extract("date 2024-06-02 Kenya's Roads and Transport Minister Wanjiru Kamau opened the bridge.");
        Assert.True(d.Has("REPRESENTS", "person:wanjiru-kamau", "country:ke"), d.Dump());
        Assert.DoesNotContain(d.OfType("Person"), p => p.Name.Contains("Roads"));
    }
}

/// <summary>What a list of officials and a delegation phrase may and may not share.</summary>
public class SharedCountryTests
{
    [Fact]
    public void TwoHoldersOfOneOfficeShareNoCountry()
    {
        var d = TestArticles.Extract("date 2024-06-02 In 2009 Chilean President Ines Robles and President Tomas Vargas signed a trade pact; Bolivia ratified it later.");
        Assert.False(d.Has("REPRESENTS", "person:tomas-vargas", "country:cl"), d.Dump());
    }

    [Fact]
    public void ALaterOfficialsOwnDemonymIsNotSharedBackwards()
    {
        var d = TestArticles.Extract("date 2024-06-02 Justice Minister Petra Holm and Danish Justice Minister Anders Krogh signed the extradition treaty in Oslo.");
        Assert.False(d.Has("REPRESENTS", "person:petra-holm", "country:dk"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:anders-krogh", "country:dk"), d.Dump());
    }

    [Fact]
    public void ADelegationPhraseAfterTheNamesGivesThemItsCountryButNotTheNextClause()
    {
        var d = TestArticles.Extract("date 2024-06-02 Finance Minister Lars Ekdal and Trade Minister Maja Lind were among the Swedish delegation, while Labour Minister Ruth Kask stayed home; Estonia sent nobody.");
        Assert.True(d.Has("REPRESENTS", "person:lars-ekdal", "country:se"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:maja-lind", "country:se"), d.Dump());
        Assert.False(d.Has("REPRESENTS", "person:ruth-kask", "country:se"), d.Dump());
    }
}

/// <summary>"Country was represented by X", "Country by X", "for Country by X".</summary>
public class RepresentedByTests
{
    [Fact]
    public void ACountryRepresentedByAnOfficialIsTheOfficials()
    {
        var d = TestArticles.Extract("date 2024-06-02 Iceland, the smallest member, was represented at the talks by its Fisheries Minister Gudrun Olafsdottir.");
        Assert.True(d.Has("REPRESENTS", "person:gudrun-olafsdottir", "country:is"), d.Dump());
    }

    [Fact]
    public void ElidedRepresentedByInAListGivesEachOfficialTheirCountry()
    {
        var d = TestArticles.Extract("date 2024-06-02 Bolivia was represented by Vice President Marta Quispe, Paraguay by Foreign Minister Luis Benitez and Uruguay by Trade Minister Ana Ferrer.");
        Assert.True(d.Has("REPRESENTS", "person:luis-benitez", "country:py"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:ana-ferrer", "country:uy"), d.Dump());
    }

    [Fact]
    public void ACountryAfterWithIsTheOtherParty()
    {
        var d = TestArticles.Extract("date 2024-06-02 The accord was signed for Nepal by Ambassador Hari Thapa and with Bhutan by Minister Karma Dorji.");
        Assert.True(d.Has("REPRESENTS", "person:hari-thapa", "country:np"), d.Dump());
        Assert.False(d.Has("REPRESENTS", "person:karma-dorji", "country:bt"), d.Dump());
    }
}

/// <summary>
/// Where the story places an unmarked official tells whose they are: told in a town of another country ("X said in Y",
/// "ratified by President X in Y"), or coming to the home in any sentence, the official is no official of the home.
/// </summary>
public class UnmarkedOfficialPlacedElsewhereTests
{
    [Fact]
    public void AnOfficialWhoSpeaksInAnotherCountrysTownIsNotTheHomes()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10

            KAMPALA, May 10 (Wire) - Rebel and government envoys agreed on a truce at talks hosted by Uganda.
            Information Minister Oduya Kasembe, the government spokesman, said in Kigali that the truce would hold.
            """);
        Assert.False(d.Has("REPRESENTS", "person:oduya-kasembe", "country:ug"), d.Dump());
    }

    [Fact]
    public void AnOfficialLocatedInAnotherCountrysTownIsNotTheHomes()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10

            HARARE, May 10 (Wire) - Rebel and government envoys agreed on a truce at talks hosted by Zimbabwe.
            The truce must still be ratified by President Tomas Velunde in Maputo before it takes effect.
            """);
        Assert.False(d.Has("REPRESENTS", "person:tomas-velunde", "country:zw"), d.Dump());
    }

    [Fact]
    public void AnOfficialWhoLaterTravelsToTheHomeIsNotTheHomes()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10

            JEDDAH, May 10 (Wire) - Rebel and government envoys agreed on a truce at talks hosted by Saudi Arabia.
            Under the truce, Prime Minister Idris Salemo will form a new cabinet.
            Salemo, who flew to Jeddah on Tuesday, said the cabinet would be named soon.
            """);
        Assert.False(d.Has("REPRESENTS", "person:idris-salemo", "country:sa"), d.Dump());
    }

    [Fact]
    public void AnOfficialWhoSpeaksInAHomeTownStaysTheHomes()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10

            KAMPALA, May 10 (Wire) - Rebel and government envoys agreed on a truce at talks hosted by Uganda.
            Information Minister Oduya Kasembe, the government spokesman, said in Entebbe that the truce would hold.
            """);
        Assert.True(d.Has("REPRESENTS", "person:oduya-kasembe", "country:ug"), d.Dump());
    }

    [Fact]
    public void AnOfficialWhoFlewInWithAVisitorIsNotTheHomesOfficial()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10

            OSLO, May 10 (Wire) - Norway opened ferry talks with a visiting delegation on Friday.

            The visiting envoy Ilse Marquart flew in for the day with Harbours Minister Tomas Vreeland to discuss the ferry link.
            """);
        Assert.False(d.Has("REPRESENTS", "person:tomas-vreeland", "country:no"), d.Dump());
    }

    [Fact]
    public void AnEventThatCameWithAnOfficialIsNoJourney()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10

            OSLO, May 10 (Wire) - Norway will raise its aid budget next year.
            The hardest session came in the evening with Harbours Minister Tomas Vreeland.
            """);
        Assert.True(d.Has("REPRESENTS", "person:tomas-vreeland", "country:no"), d.Dump());
    }

    // An ambassador named bare in a story filed from a capital is mostly the envoy another state keeps there: the one they
    // represent is the sending state, so the host is not assumed.
    [Fact]
    public void ABareAmbassadorIsNotGivenTheHomeCountry()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10

            OSLO, May 10 (Wire) - Norway will raise its aid budget next year.

            Ambassador Tomas Vreeland said the ferry talks would resume on Friday.
            """);
        Assert.False(d.Has("REPRESENTS", "person:tomas-vreeland", "country:no"), d.Dump());
    }
}
