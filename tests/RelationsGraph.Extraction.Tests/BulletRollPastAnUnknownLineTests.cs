namespace RelationsGraph.Extraction.Tests;

/// <summary>"signed by:" and bullets, one of whose lines names no one the story knows: the roll goes on past it.</summary>
public class BulletRollPastAnUnknownLineTests
{
    [Fact]
    public void ABulletWithNoKnownPersonDoesNotEndTheRoll()
    {
        var d = TestArticles.Extract("""
            date 2022-10-05 Norland and Vestria signed a river navigation treaty in Port Alder on Wednesday.

            For the two governments, the treaty was signed by:
            - the head of the Norland river authority;
            - Ilse Markow, Minister of Transport of Vestria.
            """);
        var treaty = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:ilse-markow", treaty.Id), d.Dump());
    }
}
