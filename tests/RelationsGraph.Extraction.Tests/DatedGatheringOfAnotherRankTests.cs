namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A grouping's dated gathering of another rank (ministerial, preparatory) neither joins nor re-dates the grouping's undated
/// summit; a dated gathering of many that counts every leader of that summit is the summit itself.
/// </summary>
public class DatedGatheringOfAnotherRankTests
{
    [Fact]
    public void AMinisterialMeetingDoesNotDateTheSummit()
    {
        var d = TestArticles.Extract("""
            date 2024-06-14 The ASEAN summit in Vientiane was chaired by Laotian President Boun Keomany and attended by Thai Prime Minister Arun Chaiwat.
            The groundwork was done in Hue on 2 May, when Laotian Foreign Minister Somsak Phan chaired the 30th ASEAN ministerial meeting.
            """);
        var summit = d.OfType("Meeting").Where(m => d.Has("ATTENDED", "person:arun-chaiwat", m.Id)).ToList();
        Assert.NotEmpty(summit);
        Assert.All(summit, m => Assert.NotEqual("2024-05-02", m.Date));
    }

    [Fact]
    public void TheMinisterialMeetingStaysOfTheSummitsPeople()
    {
        var d = TestArticles.Extract("""
            date 2024-06-14 The ASEAN summit in Vientiane was chaired by Laotian President Boun Keomany and attended by Thai Prime Minister Arun Chaiwat.
            The groundwork was done in Hue on 2 May, when Laotian Foreign Minister Somsak Phan chaired the 30th ASEAN ministerial meeting.
            """);
        Assert.DoesNotContain(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:arun-chaiwat", m.Id) && d.Has("ATTENDED", "person:somsak-phan", m.Id));
    }

    [Fact]
    public void ADatedForumOfTheSummitsLeadersIsTheSummit()
    {
        var d = TestArticles.Extract("""
            date 2024-06-14 The ASEAN summit in Vientiane was chaired by Laotian President Boun Keomany and attended by Thai Prime Minister Arun Chaiwat.
            On 13 June, Boun Keomany, Arun Chaiwat and Vietnamese President Minh Tran opened the Mekong business forum.
            """);
        var withBoth = d.OfType("Meeting").Where(m => d.Has("ATTENDED", "person:arun-chaiwat", m.Id) && d.Has("ATTENDED", "person:boun-keomany", m.Id)).ToList();
        Assert.Single(withBoth);
        Assert.Equal("2024-06-13", withBoth[0].Date);
    }

    [Fact]
    public void TheSummitToldAfterTheMinisterialPointsPastIt()
    {
        var d = TestArticles.Extract("""
            date 2024-06-14 The ASEAN summit in Vientiane was chaired by Laotian President Boun Keomany.
            The groundwork was done in Hue on 2 May, when Laotian Foreign Minister Somsak Phan chaired the 30th ASEAN ministerial meeting.
            The summit also heard Thai Prime Minister Arun Chaiwat call for lower tariffs.
            """);
        var withArun = d.OfType("Meeting").Where(m => d.Has("ATTENDED", "person:arun-chaiwat", m.Id)).ToList();
        Assert.NotEmpty(withArun);
        Assert.All(withArun, m => Assert.False(d.Has("ATTENDED", "person:somsak-phan", m.Id)));
    }
}
