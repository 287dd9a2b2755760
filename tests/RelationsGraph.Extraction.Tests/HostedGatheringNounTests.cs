namespace RelationsGraph.Extraction.Tests;

/// <summary>"X, who hosted the meeting, said": the host is at the summit under discussion, not at talks told on its margins.</summary>
public class HostedGatheringNounTests
{
    private const string Story = """
        date 2024-10-03 The fourth Northern Shelf summit closed in Varnholm on Thursday with a pledge on fisheries patrols.
        On the sidelines, Prime Minister Anton Vesk of Borduvia held talks with Chancellor Mira Holt of Kestria.
        Vesk said his talks with Holt had been frank.
        Holt said her talks with Vesk had covered fishing quotas.
        The summit ended with a joint statement on patrols.
        President Lena Sarvik, who hosted the meeting, said the patrols would begin before the winter.
        """;

    [Fact]
    public void HostOfTheMeetingIsAtTheSummitNotAtTheTalksOnItsMargins()
    {
        var d = TestArticles.Extract(Story);
        var summit = Assert.Single(d.OfType("Meeting"), m => m.Kind == "summit");
        var talks = Assert.Single(d.OfType("Meeting"), m => m.Kind == "talks");
        Assert.True(d.Has("ATTENDED", "person:lena-sarvik", summit.Id));
        Assert.True(d.Has("ATTENDED", "person:anton-vesk", talks.Id));
        Assert.False(d.Has("ATTENDED", "person:lena-sarvik", talks.Id));
    }
}
