namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// Who else was at a signing or summit: presence fronted before its copula, attendance that skips a side clause's
/// gathering, a dated side clause that does not date the gathering told, and the next edition kept apart from the held one.
/// </summary>
public class CeremonyRollLogicTests
{
    [Fact]
    public void FrontedPresenceWithASecondPredicateStillAttends()
    {
        var d = TestArticles.Extract("""
            date 2016-05-04 Malawian President Peter Mutharika and Zambian President Edgar Lungu signed a water-sharing accord in Lilongwe on Wednesday.
            Also present and signing as guarantors were Tanzanian President John Magufuli and Mozambican President Filipe Nyusi.
            """);
        var meeting = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:john-magufuli", meeting.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:filipe-nyusi", meeting.Id), d.Dump());
    }

    [Fact]
    public void PresentAsAnAdjectiveOfANounIsNoAttendance()
    {
        var d = TestArticles.Extract("""
            date 2016-05-04 Malawian President Peter Mutharika and Zambian President Edgar Lungu signed a water-sharing accord in Lilongwe on Wednesday.
            The present arrangement was agreed by Tanzanian President John Magufuli years ago.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "ATTENDED" && r.From == "person:john-magufuli");
    }

    [Fact]
    public void NextEditionWithNoPlaceDoesNotTakeTheHeldSummit()
    {
        var d = TestArticles.Extract("""
            date 2019-11-14 The annual summit of the Shanghai Cooperation Organisation closed in Bishkek on Thursday.
            Seated around the table were President Xi Jinping of China and Prime Minister Narendra Modi of India.
            Russia will host the next Shanghai Cooperation Organisation summit in 2020.
            """);
        var held = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:xi-jinping", m.Id));
        Assert.True(d.Has("ATTENDED", "person:narendra-modi", held.Id), d.Dump());
        Assert.False(held.Date?.StartsWith("2020") == true, d.Dump());
    }

    [Fact]
    public void AttendanceAfterASideClauseGoesToTheSigning()
    {
        var d = TestArticles.Extract("""
            date 2011-03-10 Ghanaian President John Atta Mills and Ivorian President Alassane Ouattara signed a fisheries accord in Accra on Thursday.
            Nigerian President Goodluck Jonathan, who flew in from Lome after talks there with Togolese President Faure Gnassingbe, chaired the ceremony.
            Beninese President Thomas Boni Yayi and Burkinabe President Blaise Compaore also attended.
            """);
        var signing = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:john-atta-mills", m.Id));
        Assert.True(d.Has("ATTENDED", "person:thomas-boni-yayi", signing.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:blaise-compaore", signing.Id), d.Dump());
    }

    [Fact]
    public void DatedGatheringInASideClauseDoesNotDateTheSigning()
    {
        var d = TestArticles.Extract("""
            Ghanaian President John Atta Mills and Ivorian President Alassane Ouattara signed a fisheries accord in Accra on Thursday.
            Beninese President Thomas Boni Yayi also attended, as did Nigerian President Goodluck Jonathan, whose country chaired the maritime truce agreed at the Abuja conference of 1989.
            """);
        var signing = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:john-atta-mills", m.Id));
        Assert.True(d.Has("ATTENDED", "person:thomas-boni-yayi", signing.Id), d.Dump());
        Assert.False(signing.Date?.StartsWith("1989") == true, d.Dump());
    }

    [Fact]
    public void TheHostAsARoleNounStartsNoVisit()
    {
        var d = TestArticles.Extract("""
            date 2004-08-20 Congolese President Joseph Kabila and Rwandan President Paul Kagame signed a security pact in Dar es Salaam on Friday.
            Their host, Tanzanian President Benjamin Mkapa, and Kenyan President Mwai Kibaki watched from the front row.
            """);
        var meeting = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:benjamin-mkapa", meeting.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:mwai-kibaki", meeting.Id), d.Dump());
    }
}
