namespace RelationsGraph.Extraction.Tests;

/// <summary>"The treaty the five nations signed": a counted group of states in a document's sentence stands for the set of that many told before.</summary>
public class CountedStatesOfTheDocumentTests
{
    [Fact]
    public void TheCountedNationsAreTheSetListedBefore()
    {
        var d = TestArticles.Extract("""
            date 2024-03-12 Ministers from Norway, Finland, Estonia, Latvia and Lithuania met in Tallinn on Tuesday to discuss fisheries.
            Officials said the talks would revive the Baltic Herring Convention, which the five nations signed in 1996.
            """);
        var convention = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Herring", StringComparison.Ordinal));
        foreach (var iso in new[] { "no", "fi", "ee", "lv", "lt" })
            Assert.True(d.Has("PARTY_TO", $"country:{iso}", convention.Id), d.Dump());
    }

    [Fact]
    public void TheCountedGovernmentsAreThePeopleOfTheirOwnSentence()
    {
        var d = TestArticles.Extract("""
            date 2024-06-02 Ghana, Togo, Benin, Nigeria and Niger opened talks in Lomé on Sunday on a coastal highway.
            The highway was laid out under an accord the three governments signed in 1988, in the time of President Kofi Mensah of Ghana, President Edem Abalo of Togo and President Sena Houngbo of Benin.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        foreach (var iso in new[] { "gh", "tg", "bj" })
            Assert.True(d.Has("PARTY_TO", $"country:{iso}", agreement.Id), d.Dump());
    }

    [Fact]
    public void AGroupQualifiedByAGroupingCountsOnlyItsMembers()
    {
        var d = TestArticles.Extract("""
            date 2024-11-20 The accord will also be put to China, France, Britain, Russia and the United States for their backing.
            It follows the Tanjong Sari Declaration, which the five founding ASEAN members put their names to in 1970.
            """);
        var declaration = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Tanjong Sari", StringComparison.Ordinal));
        Assert.False(d.Has("PARTY_TO", "country:us", declaration.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:cn", declaration.Id), d.Dump());
    }
}
