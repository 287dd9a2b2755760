namespace RelationsGraph.Extraction.Tests;

/// <summary>A definite plural of the people sent to sign ("the plenipotentiaries", "the six envoys") signs as the gathering's group.</summary>
public class DelegatesAsTheGroupTests
{
    private const string Scene = """
        date 2024-05-10 From the archive, 1744: a peace made in the Orvalle cloth hall
        In the spring of 1744 the plenipotentiaries of three crowns met in the cloth hall at Orvalle and signed the Treaty of Orvalle, ending the Salt War.
        Norway sent its chancellor, Baron Ulrik Fennestad, to the conference.
        Estonia was represented at the conference by Count Jaan Kivisaar.
        Latvia sent Marshal Edgars Vilkaste to the conference.
        """;

    [Fact]
    public void ThePlenipotentiariesAreTheGatheringsPeople()
    {
        var d = TestArticles.Extract(Scene);
        var treaty = Assert.Single(d.OfType("Agreement"));
        foreach (var person in new[] { "person:ulrik-fennestad", "person:jaan-kivisaar", "person:edgars-vilkaste" })
            Assert.True(d.Has("SIGNED", person, treaty.Id), person + "\n" + d.Dump());
    }

    [Fact]
    public void DelegatesWatchingSignNothing()
    {
        var d = TestArticles.Extract(Scene.Replace("the plenipotentiaries of three crowns met in the cloth hall at Orvalle and signed the Treaty of Orvalle",
            "a crowd met in the cloth hall at Orvalle and, watched by the delegates, two heralds signed the Treaty of Orvalle"));
        Assert.DoesNotContain(d.Relationships, r => r.Type == "SIGNED" && r.From == "person:jaan-kivisaar");
    }
}
