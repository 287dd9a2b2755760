namespace RelationsGraph.Extraction.Tests;

/// <summary>A meeting is labelled by its attendees' family names, told apart where they share one.</summary>
public class MeetingLabelTests
{
    private static string MeetingName(string text) =>
        TestArticles.Extract(text).Entities.Single(e => e.Type == "Meeting").Name;

    [Fact]
    public void FamilyNamesLabelTheMeeting()
    {
        var name = MeetingName("date 2031-05-02\nTalks\n\nPrime Minister Ilse Varga of Hungary met Chancellor Tomas Brenner of Austria in Vienna on Tuesday.");
        Assert.Equal("Varga–Brenner talks in Vienna", name);
    }

    [Fact]
    public void AttendeesWhoShareAFamilyNameAreToldApartByFullName()
    {
        var name = MeetingName("date 2031-05-02\nTalks\n\nPrime Minister Ilse Varga of Hungary met Foreign Minister Peter Varga of Slovakia in Vienna on Tuesday.");
        Assert.Equal("Ilse Varga–Peter Varga talks in Vienna", name);
    }

    [Fact]
    public void AMonarchIsLabelledWithTheRegnalNumeral()
    {
        var name = MeetingName("date 2031-05-02\nTalks\n\nKing Harald V of Norway met Prime Minister Ilse Varga of Hungary in Oslo on Tuesday.");
        Assert.StartsWith("Harald V–Varga ", name);
    }
}
