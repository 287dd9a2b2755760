namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "X, the foreign minister, signed for C": the subject of a verb of signing for a country acted for that country, even with
/// an apposition, a relative clause or a co-signer between the name and the verb (OfficialsInContext.CountrySignedFor).
/// </summary>
public class SignedAfterAnAppositionTests
{
    private const string Opening = "date 1921-05-03 Delegates of Norway, Canada, Peru and Chile signed a convention on whaling in Geneva on Tuesday after six weeks of talks. ";

    [Fact]
    public void AnAppositionBetweenTheNameAndTheVerbKeepsTheSide()
    {
        var d = TestArticles.Extract(Opening + "Teodor Malvek, the foreign minister, signed for Norway.");
        Assert.True(d.Has("REPRESENTS", "person:teodor-malvek", "country:no"), d.Dump());
    }

    [Fact]
    public void TheFirstOfTwoCoSignersWithTheirOwnAppositionsTakesTheSide()
    {
        var d = TestArticles.Extract(Opening + "Anselm Grieve, Under-Secretary of State for Trade, and Sir Rupert Callow, a senior official at the Board of Trade, signed for Canada.");
        Assert.True(d.Has("REPRESENTS", "person:anselm-grieve", "country:ca"), d.Dump());
    }

    [Fact]
    public void ARelativeClauseAfterTheNamesCommaKeepsTheSide()
    {
        var d = TestArticles.Extract(Opening + "Ivo Pask, who had chaired the drafting committee, signed first for Peru.");
        Assert.True(d.Has("REPRESENTS", "person:ivo-pask", "country:pe"), d.Dump());
    }

    [Fact]
    public void AnotherClauseOwnsTheVerb()
    {
        var d = TestArticles.Extract(Opening + "Marta Quell, whose deputy signed for Chile, stayed at home.");
        Assert.False(d.Has("REPRESENTS", "person:marta-quell", "country:cl"), d.Dump());
    }
}
