namespace RelationsGraph.Extraction.Tests;

/// <summary>"looked on" a sentence or two after a signing, past a visit told in between, is attendance at that signing.</summary>
public class OnlookersOfTheSigningTests
{
    [Fact]
    public void OnlookerTwoSentencesLaterJoinsTheSigning()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 Prime Minister Ostrav Melnik and President Dario Quell signed a trade treaty in Veldmark on Tuesday, on the second day of the Ruritanian leader's visit.
            Both leaders set their names to the text before ministers and the visiting Ruritanian delegation.
            Tomas Brenner, the trade minister, was among the officials who looked on.
            """);
        var signing = Assert.Single(d.OfType("Meeting"), m => d.Has("HELD_IN", m.Id, "place:veldmark"));
        Assert.True(d.Has("ATTENDED", "person:tomas-brenner", signing.Id));
    }
}
