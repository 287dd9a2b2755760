namespace RelationsGraph.Extraction.Tests;

/// <summary>Encounters the text keeps apart: separate meetings with several hosts, and a planned trip elsewhere.</summary>
public class SeparateMeetingsTests
{
    [Fact]
    public void MeetingSeparatelyWithSeveralPeopleIsOneMeetingWithEach()
    {
        var d = TestArticles.Extract("date 2023-09-11 On Monday, Canadian Prime Minister Justin Trudeau met separately with President Tran Duc Luong and Prime Minister Phan Van Khai in Hanoi.");
        var meetings = d.OfType("Meeting").ToList();
        Assert.Equal(2, meetings.Count);
        Assert.Contains(meetings, m => d.Has("ATTENDED", "person:tran-duc-luong", m.Id) && !d.Has("ATTENDED", "person:phan-van-khai", m.Id));
    }

    [Fact]
    public void SeparateTalksWithSeveralPeopleAreOneMeetingWithEach()
    {
        var d = TestArticles.Extract("date 2023-09-11 On Monday, Kenyan President Samuel Otieno held separate talks with President Amadou Diallo and Prime Minister Ousmane Ba in Dakar.");
        var meetings = d.OfType("Meeting").ToList();
        Assert.Equal(2, meetings.Count);
        Assert.Contains(meetings, m => d.Has("ATTENDED", "person:amadou-diallo", m.Id) && !d.Has("ATTENDED", "person:ousmane-ba", m.Id));
    }

    [Fact]
    public void TalksWithALeaderOfAnotherCountryAreABilateralOfTheirOwn()
    {
        var d = TestArticles.Extract("""
            date 2024-03-12 Kenyan President Samuel Otieno held a bilateral meeting with Ghanaian President Kofi Mensah on Monday.
            Otieno held talks with Senegalese President Amadou Diallo.
            """);
        var withMensah = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:kofi-mensah", m.Id));
        Assert.False(d.Has("ATTENDED", "person:amadou-diallo", withMensah.Id), d.Dump());
        Assert.Contains(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:amadou-diallo", m.Id) && d.Has("ATTENDED", "person:samuel-otieno", m.Id));
    }

    [Fact]
    public void AMinisterOfACountryAtTheTalksStillJoinsThem()
    {
        var d = TestArticles.Extract("""
            date 2024-03-12 Kenyan President Samuel Otieno held a bilateral meeting with Ghanaian President Kofi Mensah on Monday.
            Ghanaian Foreign Minister Ama Owusu held talks with Otieno as well.
            """);
        var talks = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:ama-owusu", talks.Id), d.Dump());
    }

    [Fact]
    public void APlannedTripElsewhereIsNotPartOfAHeldMeetingPlacedNowhere()
    {
        var d = TestArticles.Extract("""
            date 2023-09-11 Foreign Minister Ana Ruiz and her counterpart Tomas Vidal signed a fisheries pact on Monday.
            Vidal accepted an invitation to visit Lisbon next year.
            """);
        Assert.Equal(2, d.OfType("Meeting").Count());
    }
}
