namespace RelationsGraph.Extraction.Tests;

/// <summary>Which gathering a person's attendance is joined to when several are told.</summary>
public class MeetingBindingTests
{
    [Fact]
    public void ADefiniteReferenceListingTheAttendanceJoinsTheGatheringJustTold()
    {
        var d = TestArticles.Extract("""
            date 2024-10-12 Egyptian President Abdel Fattah el-Sisi opened a conference on Sudan in Cairo on Saturday.
            The conference was attended by Kenyan President William Ruto, Ethiopian Prime Minister Abiy Ahmed and Chadian President Mahamat Idriss Deby.
            """);
        var conference = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:william-ruto", conference.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:abiy-ahmed", conference.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:abdel-fattah-el-sisi", conference.Id), d.Dump());
    }

    [Fact]
    public void ADefiniteReferenceFarFromTheGatheringDoesNotPullNewPeopleIntoIt()
    {
        var d = TestArticles.Extract("""
            date 2024-10-12 Egyptian President Abdel Fattah el-Sisi opened a conference on Sudan in Cairo on Saturday.
            Aid agencies warned that famine was spreading in Darfur.
            The United Nations said ten million people had fled their homes.
            Donors have pledged less than a third of what is needed.
            The conference in Addis Ababa was attended by Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed.
            """);
        var cairo = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:abdel-fattah-el-sisi", m.Id));
        Assert.False(d.Has("ATTENDED", "person:william-ruto", cairo.Id), d.Dump());
    }

    [Fact]
    public void AttendanceToldInTheStorysTimeSkipsAGatheringOfAnEarlierYear()
    {
        var d = TestArticles.Extract("""
            date 2023-03-11 Saudi National Security Adviser Musaed al-Aiban held talks in Beijing with Chinese Foreign Minister Wang Yi on Friday.
            Al-Aiban had met Iraqi Prime Minister Mustafa al-Kadhimi for talks in Baghdad in 2021.
            Iranian security chief Ali Shamkhani also attended.
            """);
        var beijing = d.OfType("Meeting").Single(m => d.Has("HELD_IN", m.Id, "place:beijing"));
        Assert.True(d.Has("ATTENDED", "person:ali-shamkhani", beijing.Id), d.Dump());
        var baghdad = d.OfType("Meeting").Single(m => d.Has("HELD_IN", m.Id, "place:baghdad"));
        Assert.False(d.Has("ATTENDED", "person:ali-shamkhani", baghdad.Id), d.Dump());
    }

    [Fact]
    public void ADefiniteReferenceBesideAnotherGatheringKeepsThatGatheringsPeopleApart()
    {
        var d = TestArticles.Extract("""
            date 2024-12-18 Indian National Security Adviser Ajit Doval held a meeting with Chinese Foreign Minister Wang Yi in Beijing on Wednesday.
            The meeting built on the understanding reached by Indian Prime Minister Narendra Modi and Chinese President Xi Jinping at their meeting in Kazan in October.
            """);
        var beijing = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:ajit-doval", m.Id));
        Assert.False(d.Has("ATTENDED", "person:narendra-modi", beijing.Id), d.Dump());
    }

    [Fact]
    public void AttendanceInASentenceThatLooksBackKeepsTheEarlierGathering()
    {
        var d = TestArticles.Extract("""
            date 2025-06-20 Japanese Prime Minister Shigeru Ishiba will skip the NATO summit in The Hague next week.
            Japan first took part in a NATO summit in Madrid in 2022, when Prime Minister Fumio Kishida attended.
            """);
        var madrid = d.OfType("Meeting").Single(m => d.Has("HELD_IN", m.Id, "place:madrid"));
        Assert.True(d.Has("ATTENDED", "person:fumio-kishida", madrid.Id), d.Dump());
    }

    [Fact]
    public void ADateToldWithSinceDoesNotDateTheGathering()
    {
        var d = TestArticles.Extract("""
            date 2023-01-20 Spanish Prime Minister Pedro Sanchez hosted French President Emmanuel Macron in Barcelona for the first French-Spanish summit since 2020.
            """);
        var summit = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:emmanuel-macron", m.Id));
        Assert.NotEqual("2020", summit.Date);
    }

    [Fact]
    public void AnEarlierGatheringInARelativeClauseTakesOnlyItsOwnClausesPeople()
    {
        var d = TestArticles.Extract("""
            date 2016-09-27 Colombian President Juan Manuel Santos and FARC leader Rodrigo Londono signed a peace accord at a ceremony in Cartagena on Monday.
            Cuban President Raul Castro, whose government hosted the talks in Havana from 2012, sat beside Mexican President Enrique Pena Nieto.
            """);
        var havana = d.OfType("Meeting").SingleOrDefault(m => d.Has("HELD_IN", m.Id, "place:havana"));
        Assert.True(havana is null || !d.Has("ATTENDED", "person:enrique-pena-nieto", havana.Id), d.Dump());
    }

    [Fact]
    public void AWhoClauseKeepsThePersonItIsAbout()
    {
        var d = TestArticles.Extract("""
            date 2019-08-07 Mozambican President Filipe Nyusi and Renamo leader Ossufo Momade signed a peace accord at a ceremony in Maputo on Tuesday.
            Former president Joaquim Chissano, who held talks in Rome in 1992 with Afonso Dhlakama, sat beside South African President Cyril Ramaphosa.
            """);
        var rome = d.OfType("Meeting").Single(m => d.Has("HELD_IN", m.Id, "place:rome"));
        Assert.True(d.Has("ATTENDED", "person:joaquim-chissano", rome.Id), d.Dump());
        Assert.False(d.Has("ATTENDED", "person:cyril-ramaphosa", rome.Id), d.Dump());
    }
}
