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

    [Fact]
    public void NegotiatorsRollAfterAFrontedSideTakesItsCountry()
    {
        var d = TestArticles.Extract(Opening + "For Norway the chief negotiators were Sigurd Fjellvangen, a judge of the northern circuit, and Halvard Tindestrand.");
        Assert.True(d.Has("REPRESENTS", "person:sigurd-fjellvangen", "country:no"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:halvard-tindestrand", "country:no"), d.Dump());
    }

    [Fact]
    public void SubjectsComeToSignAfterAFrontedSideTakeItsCountry()
    {
        var d = TestArticles.Extract(Opening + "For Denmark, Henrik Oldagger, a nephew of the old admiral, and Jens Vammerup had ridden down from the capital to sign.");
        Assert.True(d.Has("REPRESENTS", "person:henrik-oldagger", "country:dk"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:jens-vammerup", "country:dk"), d.Dump());
    }

    [Fact]
    public void SemicolonRollOfSignaturesAfterAFrontedSideKeepsItsCountry()
    {
        var d = TestArticles.Extract(Opening + "For Portugal it carries the signatures of Tiago Almeirim-Souto; Duarte Pessanha-Vilar, a banker from the north; and Rui Cabrela-Montes, the harbour master.");
        Assert.True(d.Has("REPRESENTS", "person:duarte-pessanha-vilar", "country:pt"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:rui-cabrela-montes", "country:pt"), d.Dump());
    }
}
