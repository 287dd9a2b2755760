namespace RelationsGraph.Extraction.Tests;

/// <summary>"talks hosted by Angola": a country told as the host of the talks is no principal side of a document that names none (HostsOfTheStory).</summary>
public class HostsOfTheStoryTests
{
    [Fact]
    public void TheHostOfTheTalksIsNotGuessedAsASide() =>
        AngolaIsNoSideOfTheMemorandum("Rwandan envoy Jean Mugabo held talks with rebel leaders on Tuesday, in talks hosted by Angola.");

    [Fact]
    public void ACountryThankedForHostingIsNotGuessedAsASide() =>
        AngolaIsNoSideOfTheMemorandum("""
            Rwandan envoy Jean Mugabo held talks with rebel leaders on Tuesday.
            Mugabo thanked Angola for hosting the talks.
            """);

    [Fact]
    public void AGuestWhoseGovernmentHostedTellsHisStateAsTheHost() =>
        AngolaIsNoSideOfTheMemorandum("""
            Rwandan envoy Jean Mugabo held talks with rebel leaders on Tuesday.
            Angolan Foreign Minister Tomas Quinhenda, whose government hosted the talks, greeted the delegates.
            """);

    /// <summary>One story of talks in Luanda whose opening lines tell the host: Rwanda is a side of the memorandum, Angola not.</summary>
    private static void AngolaIsNoSideOfTheMemorandum(string talksAndHost)
    {
        var d = TestArticles.Extract($"""
            Envoy visits Luanda

            date 2023-09-12 LUANDA - {talksAndHost}
            Angola has offered its good offices before, and Angola said it would keep doing so.
            Rwanda wants calm in the east, Mugabo said.
            Officials said the 2019 memorandum of understanding remains the basis of the process.
            """);
        var memorandum = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("PARTY_TO", "country:rw", memorandum.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:ao", memorandum.Id), d.Dump());
    }
}

/// <summary>"the facilitation of X, the former president of C": a country in a mediator's apposition is no side (InAMediatorsApposition).</summary>
public class MediatorsAppositionTests
{
    [Fact]
    public void TheCountryOfAMediatorsFormerOfficeIsNotASide()
    {
        var d = TestArticles.Extract("""
            date 2021-05-04 MASERU - Lesotho and the rebel movement signed a peace accord on Tuesday under the facilitation of Festus Dambe, the former president of Botswana.
            Lesotho's prime minister said the accord would hold.
            """);
        var accord = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("PARTY_TO", "country:ls", accord.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:bw", accord.Id), d.Dump());
    }
}

/// <summary>
/// "talks hosted by Angola ... the two countries": a host left out of the principal pair leaves its place to the next most
/// named country when a document is told with "the two countries" (TheTwoCountriesPastTheHosts).
/// </summary>
public class TheTwoCountriesPastTheHostsTests
{
    [Fact]
    public void TheTwoCountriesOfABrokeredStoryAreBothSides()
    {
        var d = TestArticles.Extract("""
            Neighbours mend ties in Luanda

            date 2022-11-08 LUANDA - Burundi and Tanzania agreed on Tuesday to reopen their border posts, in talks hosted by Angola.
            Angola has offered its good offices before, and Angola said it would keep doing so.
            Angolan officials called the meeting a success, and Angola will host the next round.
            Burundi welcomed the outcome.
            The deal also binds the two countries to revive a fisheries agreement they signed in 2009.
            """);
        var fisheries = Assert.Single(d.OfType("Agreement"), a => a.Year == 2009);
        Assert.True(d.Has("PARTY_TO", "country:bi", fisheries.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:tz", fisheries.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:ao", fisheries.Id), d.Dump());
    }

    /// <summary>Guard: "both sides" may be a state and a movement, so the host's place stays empty.</summary>
    [Fact]
    public void BothSidesOfABrokeredStoryGainNoThirdCountry()
    {
        var d = TestArticles.Extract("""
            Truce talks in Luanda

            date 2022-11-08 LUANDA - Burundi and the rebel movement agreed on Tuesday to extend a truce, in talks hosted by Angola.
            Angola has offered its good offices before, and Angola said it would keep doing so.
            Angolan officials called the meeting a success, and Angola will host the next round.
            Burundi welcomed the outcome, as did Tanzania.
            The deal also binds both sides to revive a ceasefire agreement they signed in 2009.
            """);
        var ceasefire = Assert.Single(d.OfType("Agreement"), a => a.Year == 2009);
        Assert.False(d.Has("PARTY_TO", "country:tz", ceasefire.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:ao", ceasefire.Id), d.Dump());
    }
}
