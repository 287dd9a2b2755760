namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "For Ruritania it was signed by X and by Y", "For Ruritania, X signed together with Y": a sentence opening on "For" and a
/// country whose first clause tells a signing names that country's signers, before or after the verb.
/// </summary>
public class SideFrontedBeforeItsSigningTests
{
    private const string Opening = "date 1887-09-14 Two kingdoms ended a long quarrel over a river boundary with a treaty signed at a hunting lodge on Monday. ";

    [Fact]
    public void SignersOfAPassiveClauseAfterAFrontedSideTakeItsCountry()
    {
        var d = TestArticles.Extract(Opening + "For Portugal it was signed by Tiago Almeirim-Souto, the envoy at Corvale, and by Duarte Pessanha-Vilar, a banker from the north.");
        Assert.True(d.Has("REPRESENTS", "person:tiago-almeirim-souto", "country:pt"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:duarte-pessanha-vilar", "country:pt"), d.Dump());
    }

    [Fact]
    public void SignaturesNounAfterAFrontedSideListsItsSigners()
    {
        var d = TestArticles.Extract(Opening + "For Portugal the signatures were those of Tiago Almeirim-Souto, a retired admiral, and of Duarte Pessanha-Vilar.");
        Assert.True(d.Has("REPRESENTS", "person:tiago-almeirim-souto", "country:pt"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:duarte-pessanha-vilar", "country:pt"), d.Dump());
    }

    [Fact]
    public void SubjectAndCompanionsOfTheSigningTakeTheFrontedSide()
    {
        var d = TestArticles.Extract(Opening + "For Denmark, Henrik Oldagger signed together with his two colleagues, Jens Vammerup and Peter Kildeby.");
        Assert.True(d.Has("REPRESENTS", "person:henrik-oldagger", "country:dk"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:jens-vammerup", "country:dk"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:peter-kildeby", "country:dk"), d.Dump());
    }
}
