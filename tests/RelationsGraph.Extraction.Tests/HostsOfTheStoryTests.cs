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
