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
}
