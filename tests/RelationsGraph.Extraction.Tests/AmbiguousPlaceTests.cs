using RelationsGraph.Extraction.Knowledge;

namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// City names that are also words or people's names ("Nice", "Reading", "Jackson", "Split")
/// are places only in place context; big unambiguous cities are places anywhere.
/// </summary>
public class AmbiguousPlaceTests
{
    private static bool HasPlace(string text, string id) => TestArticles.Extract(text).Entities.Any(e => e.Id == id);

    [Theory]
    [InlineData("Nice")]
    [InlineData("Reading")]
    [InlineData("Mobile")]
    [InlineData("Jackson")]
    [InlineData("Florence")]
    [InlineData("Split")]
    public void WordAndNameLikeCitiesNeedContext(string city)
    {
        var entry = KnowledgeBase.Default.Lookup(city).Single(e => e.Kind == GazetteerKind.Place);
        Assert.True(PlaceContext.IsGated(entry), city);
    }

    [Fact]
    public void ACityNamedLikeAKnownOfficeHolderNeedsContext()
    {
        // Noda (Chiba) shares its name with former prime minister Yoshihiko Noda.
        var entry = KnowledgeBase.Default.Lookup("Noda").Single(e => e.Kind == GazetteerKind.Place);
        Assert.True(PlaceContext.IsGated(entry));
    }

    [Theory]
    [InlineData("Foreign ministers of the two countries met in Nice on Tuesday.", "place:nice")]
    [InlineData("The delegation flew to Florence for a second round of talks.", "place:florence")]
    [InlineData("The summit in the port city of Split drew leaders from the Balkans.", "place:split")]
    [InlineData("The talks were held at a hotel near Victoria, Seychelles, last week.", "place:victoria")]
    public void InPlaceContextTheyArePlaces(string sentence, string id) =>
        Assert.True(HasPlace(sentence, id), sentence);

    [Theory]
    [InlineData("Nice words alone will not end the war, the envoy told reporters.", "place:nice")]
    [InlineData("Reading the statement aloud, the spokesman paused twice.", "place:reading")]
    [InlineData("Mobile networks were cut across the region during the vote.", "place:mobile")]
    [InlineData("Jackson told reporters that the two delegations had agreed on a timetable.", "place:jackson")]
    [InlineData("Split decisions in the council have delayed the aid package.", "place:split")]
    [InlineData("Milan Nic, a Slovak analyst, said the vote was close.", "place:milan")]
    public void ElsewhereTheyStayWordsAndNames(string sentence, string id) =>
        Assert.False(HasPlace(sentence, id), sentence);

    [Fact]
    public void ABigUnambiguousCityNeedsNoContext() =>
        Assert.True(HasPlace("Istanbul hosted the first direct talks between the two delegations.", "place:istanbul"));

    [Theory]
    [InlineData("The talks in Jackson were cancelled.", true)]
    [InlineData("The talks in Jackson's hometown were cancelled.", false)]
    [InlineData("JACKSON, May 2 - The talks were cancelled.", true)]
    [InlineData("The envoy spoke to Jackson by telephone.", false)]
    [InlineData("The envoy travelled to Jackson by train.", true)]
    public void TheGateReadsTheWordsAroundTheName(string sentence, bool admitted)
    {
        var tokens = Text.Tokenizer.Tokenize(sentence);
        var at = tokens.FindIndex(t => t.Text.Equals("Jackson", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(admitted, PlaceContext.Admits(tokens, at, at + 1, KnowledgeBase.Default));
    }
}
