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
    /// <summary>"held bilateral meetings with A, B and C": a meeting of two sides has one counterpart, so one meeting with each.</summary>
    [Fact]
    public void BilateralMeetingsWithSeveralPeopleAreOneMeetingWithEach()
    {
        var d = TestArticles.Extract("date 2023-05-05 On Thursday, Kenyan Foreign Minister Samuel Otieno held bilateral meetings with Foreign Minister Amadou Diallo of Senegal, Foreign Minister Kofi Mensah of Ghana and Foreign Minister Ousmane Ba of Mali in Lisbon.");
        var meetings = d.OfType("Meeting").ToList();
        Assert.Equal(3, meetings.Count);
        Assert.Contains(meetings, m => d.Has("ATTENDED", "person:kofi-mensah", m.Id) && d.Has("ATTENDED", "person:samuel-otieno", m.Id) && !d.Has("ATTENDED", "person:ousmane-ba", m.Id));
    }

    /// <summary>"had bilaterals with A and B": the plural noun counts meetings of two sides, one each.</summary>
    [Fact]
    public void BilateralsWithTwoPeopleAreTwoMeetings()
    {
        var d = TestArticles.Extract("date 2023-05-05 Chilean President Rosa Medina had bilaterals with Peruvian President Jorge Salas and Bolivian President Hugo Quispe in Quito on Friday.");
        var meetings = d.OfType("Meeting").ToList();
        Assert.Equal(2, meetings.Count);
        Assert.DoesNotContain(meetings, m => d.Has("ATTENDED", "person:jorge-salas", m.Id) && d.Has("ATTENDED", "person:hugo-quispe", m.Id));
    }

    /// <summary>"a bilateral meeting between A and B": the two names are the two sides of one meeting, not two meetings.</summary>
    [Fact]
    public void BilateralMeetingBetweenTwoPeopleIsOneMeeting()
    {
        var d = TestArticles.Extract("date 2023-05-05 A bilateral meeting between Peruvian President Jorge Salas and Bolivian President Hugo Quispe took place in Quito on Friday.");
        var meeting = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:jorge-salas", meeting.Id) && d.Has("ATTENDED", "person:hugo-quispe", meeting.Id), d.Dump());
    }
}
