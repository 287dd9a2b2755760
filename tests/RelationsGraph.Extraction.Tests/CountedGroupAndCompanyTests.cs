namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "The three leaders ...", "the eight were joined by ...": a group counted by a number stands for the people of the meeting
/// with that many people; "flanked by", "joined by" and "look on" put the people named at the gathering told.
/// </summary>
public class CountedGroupAndCompanyTests
{
    [Fact]
    public void TheThreeLeadersAreThePeopleOfTheThreeWayMeeting()
    {
        var d = TestArticles.Extract("""
            date 2022-06-20 Estonian Prime Minister Kaja Kallas, Latvian Prime Minister Krisjanis Karins and Lithuanian President Gitanas Nauseda met in Riga on Monday.
            The three leaders later attended a dinner at the Riga Castle.
            """);
        var dinner = d.OfType("Meeting").Single(m => m.Kind == "reception");
        foreach (var id in new[] { "person:kaja-kallas", "person:krisjanis-karins", "person:gitanas-nauseda" })
            Assert.True(d.Has("ATTENDED", id, dinner.Id), id + "\n" + d.Dump());
    }

    [Fact]
    public void ACountThatFitsNoMeetingNamesNobody()
    {
        var d = TestArticles.Extract("""
            date 2022-06-20 Estonian Prime Minister Kaja Kallas and Latvian Prime Minister Krisjanis Karins met in Riga on Monday.
            The five leaders later attended a dinner at the Riga Castle.
            """);
        var dinner = d.OfType("Meeting").SingleOrDefault(m => m.Kind == "reception");
        Assert.True(dinner is null || !d.Has("ATTENDED", "person:kaja-kallas", dinner.Id), d.Dump());
    }

    [Fact]
    public void MinistersOfTheFiveAreNotTheFive()
    {
        var d = TestArticles.Extract("""
            date 2022-06-20 The presidents of Estonia, Latvia, Lithuania, Finland and Poland, Alar Karis, Egils Levits, Gitanas Nauseda, Sauli Niinisto and Andrzej Duda, held a summit in Riga on Monday.
            The foreign ministers of the five, among them Latvia's Edgars Rinkevics, met in Jurmala on Sunday to prepare the text.
            """);
        var prep = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:edgars-rinkevics", m.Id));
        Assert.False(d.Has("ATTENDED", "person:andrzej-duda", prep.Id), d.Dump());
    }

    [Fact]
    public void FlankedByAndJoinedByPutThePeopleAtTheSummit()
    {
        var d = TestArticles.Extract("""
            date 2022-06-20 Lithuanian President Gitanas Nauseda opened the Baltic energy summit in Vilnius on Monday, flanked by Estonian President Alar Karis and Latvian President Egils Levits.
            In the afternoon they were joined by Polish President Andrzej Duda.
            """);
        var summit = Assert.Single(d.OfType("Meeting"));
        foreach (var id in new[] { "person:gitanas-nauseda", "person:alar-karis", "person:egils-levits", "person:andrzej-duda" })
            Assert.True(d.Has("ATTENDED", id, summit.Id), id + "\n" + d.Dump());
    }

    [Fact]
    public void TheOneARelativeClauseSaysWasRepresentedIsNotJoining()
    {
        var d = TestArticles.Extract("""
            date 2022-06-20 Lithuanian President Gitanas Nauseda opened the Baltic energy summit in Vilnius on Monday.
            In the afternoon he was joined by Estonian President Alar Karis, Latvian President Egils Levits and Polish Deputy Prime Minister Jacek Sasin, who represented President Andrzej Duda.
            """);
        var summit = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:jacek-sasin", summit.Id), d.Dump());
        Assert.False(d.Has("ATTENDED", "person:andrzej-duda", summit.Id), d.Dump());
    }

    [Fact]
    public void JoinedByVideoIsNoCompanyInTheRoom()
    {
        var d = TestArticles.Extract("""
            date 2022-06-20 Lithuanian President Gitanas Nauseda opened the Baltic energy summit in Vilnius on Monday.
            Later Nauseda was joined by video link by Ukrainian Prime Minister Denys Shmyhal.
            """);
        Assert.DoesNotContain(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:denys-shmyhal", m.Id));
    }

    [Fact]
    public void LeadersWhoLookOnInACaptionAttendTheSigning()
    {
        var d = TestArticles.Extract("""
            date 2022-06-20 Energy Commissioner Kadri Simson and Lithuanian Energy Minister Dainius Kreivys signed the grid accord in Vilnius on Monday.
            Simson and Kreivys exchange folders as Presidents Gitanas Nauseda and Alar Karis look on.
            """);
        var signing = Assert.Single(d.OfType("Meeting"));
        foreach (var id in new[] { "person:gitanas-nauseda", "person:alar-karis" })
            Assert.True(d.Has("ATTENDED", id, signing.Id), id + "\n" + d.Dump());
    }
}
