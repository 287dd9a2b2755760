namespace RelationsGraph.Extraction.Tests;

/// <summary>An official whose country the text leaves unsaid serves the country the story is filed from.</summary>
public class UnmarkedOfficialTests
{
    [Fact]
    public void AnUnmarkedMinisterInAStoryFiledFromACapitalServesThatCountry()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10

            OSLO, May 10 (Wire) - Norway will raise its aid budget next year.
            Fisheries Minister Kari Lundgren said the quota talks would resume on Friday.
            """);
        Assert.True(d.Has("REPRESENTS", "person:kari-lundgren", "country:no"), d.Dump());
    }

    [Fact]
    public void WithoutADatelineNoCountryIsAssumed()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10

            Norway will raise its aid budget next year.
            Fisheries Minister Kari Lundgren said the quota talks would resume on Friday.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "REPRESENTS" && r.From == "person:kari-lundgren");
    }

    [Fact]
    public void ASentenceNamingAnotherCountryAssumesNothing()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10

            OSLO, May 10 (Wire) - Norway will raise its aid budget next year.
            The quota deal with Iceland was recalled by Fisheries Minister Kari Lundgren on Friday.
            """);
        Assert.False(d.Has("REPRESENTS", "person:kari-lundgren", "country:no"), d.Dump());
    }

    [Fact]
    public void AnOfficialOfAnInternationalBodyServesNoCountry()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10

            GENEVA, May 10 (Wire) - Switzerland hosted the talks.
            WTO Director-General Amara Osei said the rules would be kept, and Commission President Lotte Varga agreed.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "REPRESENTS" && r.From is "person:amara-osei" or "person:lotte-varga");
    }
}
