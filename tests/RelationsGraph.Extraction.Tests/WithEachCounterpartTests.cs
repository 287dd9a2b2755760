namespace RelationsGraph.Extraction.Tests;

/// <summary>"spoke by phone with A and with B": one call with each; "talks with A and B" is left as it was.</summary>
public class WithEachCounterpartTests
{
    [Fact]
    public void RepeatedWithGivesOneCallEach()
    {
        var d = TestArticles.Extract("""
            date 2031-10-04

            On Tuesday evening President Maren Solvik of Norway spoke by phone with Chancellor Anton Derwald of Austria and with Prime Minister Ida Korsholm of Denmark.
            """);
        Assert.Contains(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:maren-solvik", m.Id) && d.Has("ATTENDED", "person:anton-derwald", m.Id) &&
                                                 !d.Has("ATTENDED", "person:ida-korsholm", m.Id));
        Assert.Contains(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:maren-solvik", m.Id) && d.Has("ATTENDED", "person:ida-korsholm", m.Id) &&
                                                 !d.Has("ATTENDED", "person:anton-derwald", m.Id));
    }
}
