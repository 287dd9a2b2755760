namespace RelationsGraph.Extraction.Tests;

/// <summary>The ways news says that someone signed, and every signer of a passive list.</summary>
public class SigningVerbTests
{
    [Fact]
    public void PuttingTheirNamesToTheTextIsSigningIt()
    {
        var d = TestArticles.Extract("""
            date 2018-06-17 Albania and Montenegro agreed a border accord on Sunday.
            Albanian Foreign Minister Ditmir Bushati and his Montenegrin counterpart Srdjan Darmanovic put their names to the text in Tirana, while their prime ministers looked on.
            """);
        var accord = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:ditmir-bushati", accord.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:srdjan-darmanovic", accord.Id), d.Dump());
    }

    [Fact]
    public void EachAndByOfAPassiveAddsASigner()
    {
        var d = TestArticles.Extract("""
            date 2022-11-12 A ceasefire declaration was signed by Field Marshal Amara Tesfaye, chief of staff of the national army, and by General Hagos Berhe, the commander of the northern forces, after five days of talks.
            """);
        var declaration = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:hagos-berhe", declaration.Id), d.Dump());
    }

    [Fact]
    public void TheTextOfASpeechIsNoDocument()
    {
        var d = TestArticles.Extract("date 2022-11-12 The text of the speech was released by Greek Prime Minister Kyriakos Mitsotakis on Monday.");
        Assert.Empty(d.OfType("Agreement"));
    }
}
