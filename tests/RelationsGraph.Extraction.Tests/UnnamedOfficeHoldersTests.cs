using RelationsGraph.Extraction.Knowledge;
using RelationsGraph.Extraction.Meetings;
using RelationsGraph.Extraction.Pipeline;

namespace RelationsGraph.Extraction.Tests;

/// <summary>States at a meeting through office-holders it does not name: "the presidents of A, B and C met".</summary>
public class UnnamedOfficeHoldersTests
{
    [Fact]
    public void PresidentsOfListedCountriesMakeTheMeetingsDocumentTheirs()
    {
        var d = TestArticles.Extract("""
            date 2024-03-10 The presidents of Ghana, Togo and Benin met in Kpalodi on Sunday for a summit on border security.
            At the close of the summit they issued a joint declaration pledging shared patrols along the coast.
            """);
        var declaration = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("PARTY_TO", "country:gh", declaration.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:tg", declaration.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:bj", declaration.Id), d.Dump());
        Assert.Empty(d.OfType("Person"));
    }

    [Fact]
    public void DelegationsFromListedCountriesAreSidesNextToANamedHost()
    {
        var d = TestArticles.Extract("""
            date 2023-09-05 Peruvian President Ana Quilcaro hosted delegations from Bolivia, Ecuador and Colombia in Tumbarra on Tuesday for talks on river pollution.
            The talks ended with a joint statement on cleaning up the shared basin.
            """);
        var statement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("PARTY_TO", "country:pe", statement.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:bo", statement.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:ec", statement.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:co", statement.Id), d.Dump());
    }

    [Theory]
    [InlineData("The heads of state of Ghana and Togo met in Kpalodi.", 2)]
    [InlineData("Foreign ministers from Kenya, Uganda and Tanzania met in Lokora.", 3)]
    [InlineData("The president of Ghana met the leaders of Togo in Kpalodi.", 0)]
    [InlineData("The presidents of Ghana's two chambers met in Kpalodi with Togo's envoy.", 0)]
    [InlineData("Envoys from Ghana, Togo and Benin looked on as witnesses in Kpalodi.", 0)]
    [InlineData("The prime ministers of Ghana and Togo, Kofi Mensavor and Edem Kpelato, met in Kpalodi.", 0)]
    public void OnlyAPluralOfficeWithAListOfTwoOrMore(string sentence, int expected)
    {
        var article = TestArticles.Read("date 2024-03-10 " + sentence);
        var knowledge = KnowledgeBase.Default;
        var sentences = new SentenceStage().Run(article, null);
        var entities = new EntityResolutionStage(knowledge).Run(new MentionStage(knowledge).Run(sentences, null), article.DatelinePlace, null);
        var first = sentences.Sentences[0];
        Assert.Equal(expected, UnnamedOfficeHolders.Listed(first.Tokens, entities.MentionsBySentence[0]).Distinct().Count());
    }
}
