namespace RelationsGraph.Extraction.Tests;

/// <summary>A square, hall or university named after a leader is a place or body; the leader is not there.</summary>
public class NamedAfterAPersonTests
{
    [Fact]
    public void ASquareNamedAfterADeadLeaderIsNoAttendance()
    {
        var d = TestArticles.Extract("date 2024-05-02 North Korean leader Kim Jong Un met Russian President Vladimir Putin at Kim Il Sung Square in Pyongyang on Tuesday.");
        Assert.DoesNotContain(d.OfType("Person"), p => p.Name == "Kim Il Sung");
        Assert.Contains(d.OfType("Place"), p => p.Name == "Kim Il Sung Square");
        var meeting = Assert.Single(d.OfType("Meeting"));
        Assert.False(d.Has("ATTENDED", "person:kim-il-sung", meeting.Id));
    }

    [Fact]
    public void AHallNamedAfterAFormerLeaderIsAPlace()
    {
        var d = TestArticles.Extract("date 2024-05-02 Japanese Prime Minister Fumio Kishida and Indian Prime Minister Narendra Modi spoke at the Shinzo Abe Memorial Hall in Tokyo.");
        Assert.DoesNotContain(d.OfType("Person"), p => p.Name == "Shinzo Abe");
    }
}

/// <summary>Fragments of headlines, captions and languages are no places.</summary>
public class PlaceFragmentTests
{
    [Fact]
    public void LanguagesHyphenedAdjectivesAndLoneTitleWordsAreNoPlaces()
    {
        var d = TestArticles.Extract("""
            date 2024-05-02 The text was published in Swahili and in Amharic after the Qatar-brokered talks.
            The statement went to Resolutions for review, and on to Normalisation, officials in Nairobi said.
            """);
        Assert.DoesNotContain(d.OfType("Place"), p => p.Name is "Swahili" or "Amharic" or "Resolutions" or "Normalisation" || p.Name.Contains("brokered"));
        Assert.Contains(d.OfType("Place"), p => p.Name == "Nairobi");
    }
}
