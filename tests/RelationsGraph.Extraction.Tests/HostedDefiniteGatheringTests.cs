namespace RelationsGraph.Extraction.Tests;

/// <summary>Hosting or chairing "the talks" already told adds the hosts to those talks, even in a sentence that tells more.</summary>
public class HostedDefiniteGatheringTests
{
    [Fact]
    public void HostsOfTheTalksJoinTheTalksTold()
    {
        var d = TestArticles.Extract("""
            date 2025-04-08 Chile's Deputy Foreign Minister Ivo Marek and Peru's envoy Tomas Ruud held talks in Quito on Tuesday.
            Ecuadorian President Aron Welt opened the session with brief remarks.
            Foreign Minister Leni Sarko and spokesman Pablo Estrada stayed behind to host the talks; Sarko later said the negotiations had made progress since they began.
            """);
        var talks = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:ivo-marek", talks.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:leni-sarko", talks.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:pablo-estrada", talks.Id), d.Dump());
    }
}
