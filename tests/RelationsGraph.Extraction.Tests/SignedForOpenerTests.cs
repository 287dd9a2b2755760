namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "For Ruritania signed X and Y": a sentence fronting "For" and a country before the signing verb names that country's
/// signers after the verb.
/// </summary>
public class SignedForOpenerTests
{
    private const string Opening = "date 1911-05-03 Two old rivals ended their border war with a treaty of peace at a spa town on Tuesday. ";

    [Fact]
    public void SignersAfterAFrontedSideTakeItsCountry()
    {
        var d = TestArticles.Extract(Opening + "For Portugal signed Tiago Almeirim-Souto, a retired admiral, and Duarte Pessanha-Vilar, a banker from the north.");
        Assert.True(d.Has("REPRESENTS", "person:tiago-almeirim-souto", "country:pt"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:duarte-pessanha-vilar", "country:pt"), d.Dump());
    }
}
