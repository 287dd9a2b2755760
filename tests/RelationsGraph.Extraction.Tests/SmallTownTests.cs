using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Knowledge;

namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// Towns under 100,000 people host summits and visits too. The generated list admits them (10,000
/// people or more) only as context places, never under a name that is an English word, so "talks in
/// Entebbe" gains its place while "in March" and a bare town name elsewhere stay what they were.
/// </summary>
public class SmallTownTests
{
    private static bool HasPlace(string text, string name) =>
        TestArticles.Extract(text).Entities.Any(e => e.Id == EntityRegistry.PlaceId(name));

    [Theory]
    [InlineData("Entebbe", "UG")]
    [InlineData("Cholpon-Ata", "KG")]
    [InlineData("Anuradhapura", "LK")]
    [InlineData("Swakopmund", "NA")]
    public void SmallTownsAreKnownButGated(string town, string iso2)
    {
        var entry = KnowledgeBase.Default.Lookup(town).Single(e => e.Kind == GazetteerKind.Place);
        Assert.Equal(iso2, entry.Iso2);
        Assert.True(PlaceContext.IsGated(entry), town);
    }

    [Theory]
    [InlineData("Bath")]
    [InlineData("March")]
    public void SmallTownsNamedLikeWordsAreLeftOut(string word) =>
        Assert.DoesNotContain(KnowledgeBase.Default.Lookup(word), e => e.Kind == GazetteerKind.Place);

    [Theory]
    [InlineData("The two presidents held talks in Entebbe on Saturday about the pipeline.", "Entebbe")]
    [InlineData("Energy ministers of the region gathered at Swakopmund for the hydrogen forum.", "Swakopmund")]
    [InlineData("The prime minister flew to Anuradhapura to open the restored hospital.", "Anuradhapura")]
    public void InPlaceContextSmallTownsArePlaces(string sentence, string town) =>
        Assert.True(HasPlace(sentence, town), sentence);

    [Fact]
    public void ASmallTownInTheDatelinePlacesTheMeeting()
    {
        var doc = TestArticles.Extract("ANURADHAPURA, July 21 - Indian Prime Minister Narendra Modi and Sri Lankan President " +
            "Anura Kumara Dissanayake held talks on Sunday about fishing rights.");
        Assert.Contains(doc.Relationships, r => r.Type == "HELD_IN" && r.To == EntityRegistry.PlaceId("Anuradhapura"));
    }

    [Theory]
    [InlineData("Entebbe remains the main gateway for visitors, the tourism board said.", "Entebbe")]
    [InlineData("The ministers agreed in March to resume the border talks.", "March")]
    [InlineData("Officials said the Bath agreement would be signed in the spring.", "Bath")]
    [InlineData("The envoy said growth in Asia would slow as export orders fell.", "Asia")]
    public void ElsewhereTheyAreNotPlaces(string sentence, string town) =>
        Assert.False(HasPlace(sentence, town), sentence);
}
