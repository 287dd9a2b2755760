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
            Among those at the table were Chinese President Xi Jinping and Indian Prime Minister Narendra Modi.
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
            date 1997-06-12 Peruvian President Alberto Fujimori and Ecuadorean President Fabian Alarcon signed a border accord in Brasilia on Thursday.
            Brazilian President Fernando Henrique Cardoso, who arrived from Buenos Aires after talks there with Argentine President Carlos Menem, hosted the ceremony.
            Chilean President Eduardo Frei and Bolivian President Gonzalo Sanchez de Lozada also attended.
            """);
        var signing = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:alberto-fujimori", m.Id));
        Assert.True(d.Has("ATTENDED", "person:eduardo-frei", signing.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:gonzalo-sanchez-de-lozada", signing.Id), d.Dump());
    }

    [Fact]
    public void DatedGatheringInASideClauseDoesNotDateTheSigning()
    {
        var d = TestArticles.Extract("""
            Peruvian President Alberto Fujimori and Ecuadorean President Fabian Alarcon signed a border accord in Brasilia on Thursday.
            Chilean President Eduardo Frei also attended, as did Argentine President Carlos Menem, whose government guaranteed the ceasefire agreed at the Rio conference of 1942.
            """);
        var signing = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:alberto-fujimori", m.Id));
        Assert.True(d.Has("ATTENDED", "person:eduardo-frei", signing.Id), d.Dump());
        Assert.False(signing.Date?.StartsWith("1942") == true, d.Dump());
    }

    [Fact]
    public void TheHostAsARoleNounStartsNoVisit()
    {
        var d = TestArticles.Extract("""
            date 2004-08-20 Congolese President Joseph Kabila and Rwandan President Paul Kagame signed a security pact in Dar es Salaam on Friday.
            The host, Tanzanian President Benjamin Mkapa, and Kenyan President Mwai Kibaki also looked on.
            """);
        var meeting = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:benjamin-mkapa", meeting.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:mwai-kibaki", meeting.Id), d.Dump());
    }
}
