namespace RelationsGraph.Extraction.Tests;

/// <summary>More of the words news uses for gatherings: audiences, retreats, courtesy calls, working lunches.</summary>
public class MeetingWordsTests
{
    [Fact]
    public void ACourtesyCallOnSomeoneIsAMeetingWithThem()
    {
        var d = TestArticles.Extract("date 2024-03-12 Indian Prime Minister Narendra Modi called on King Jigme Khesar Namgyel Wangchuck in Thimphu on Friday.");
        var meeting = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:narendra-modi", meeting.Id), d.Dump());
        Assert.True(d.Has("HELD_IN", meeting.Id, "place:thimphu"), d.Dump());
    }

    [Fact]
    public void MeetingsInThePluralAreMeetings()
    {
        var d = TestArticles.Extract("date 2024-05-27 On Sunday, Kenyan President Samuel Otieno held separate bilateral meetings in Accra with Ghanaian President Kofi Mensah and with Senegalese President Amadou Diallo.");
        var meetings = d.OfType("Meeting").ToList();
        Assert.Equal(2, meetings.Count);
        Assert.All(meetings, m => Assert.True(d.Has("ATTENDED", "person:samuel-otieno", m.Id), d.Dump()));
    }

    [Theory]
    [InlineData("was granted an audience with")]
    [InlineData("held a working lunch with")]
    [InlineData("opened negotiations with")]
    public void OtherNounsForGatheringsAreMeetings(string words)
    {
        var d = TestArticles.Extract($"date 2024-03-12 French President Emmanuel Macron {words} Italian President Sergio Mattarella in Rome on Tuesday.");
        var meeting = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:sergio-mattarella", meeting.Id), d.Dump());
    }
}
