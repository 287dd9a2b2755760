namespace RelationsGraph.Extraction.Tests;

/// <summary>"X spoke with Y": a conversation between the two; "spoke to reporters" or "spoke with confidence" is none.</summary>
public class SpokeWithSomeoneTests
{
    [Fact]
    public void SpokeWithATitledPersonIsAnEncounter()
    {
        var d = TestArticles.Extract("""
            date 2031-10-04

            President Maren Solvik of Norway telephoned Chancellor Anton Derwald of Austria on Saturday.
            Derwald also spoke on Friday with the Danish prime minister, Ida Korsholm, about the grain corridor.
            """);
        Assert.Contains(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:anton-derwald", m.Id) && d.Has("ATTENDED", "person:ida-korsholm", m.Id) &&
                                                 !d.Has("ATTENDED", "person:maren-solvik", m.Id));
    }

    [Fact]
    public void SpokeToReportersIsNoEncounter()
    {
        var d = TestArticles.Extract("""
            date 2031-10-04

            Chancellor Anton Derwald of Austria spoke to reporters in Velden on Saturday about the harvest.
            """);
        Assert.Empty(d.OfType("Meeting"));
    }
}
