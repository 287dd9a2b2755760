namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "the Mayor of Varno, X", "the director of the State Water Resources Commission, Y": an office of a named body or place,
/// closed by a comma, introduces the full name after it as a person; a lower-case "of" phrase or a one-word name does not.
/// </summary>
public class OfficeOfANamedBodyBeforeTests
{
    private const string Lead = "date 2019-06-11 The two presidents met in Tirvasa on Tuesday. ";

    [Fact]
    public void TheMayorOfAPlaceIntroducesTheName()
    {
        var d = TestArticles.Extract(Lead + "In the evening the delegations attended a dinner given by the Mayor of Tirvasa, Oren Kalvik.");
        Assert.Contains(d.Entities, e => e.Id == "person:oren-kalvik");
    }

    [Fact]
    public void TheHeadOfALongBodyNameIntroducesTheName()
    {
        var d = TestArticles.Extract(Lead + "The chairwoman of the State Board of Fisheries, Davlat Sorokov, sat at the table.");
        Assert.Contains(d.Entities, e => e.Id == "person:davlat-sorokov");
    }

    [Fact]
    public void AFullNameWithAMiddleInitialIsIntroducedToo()
    {
        var d = TestArticles.Extract(Lead + "Later he called on the Secretary-General of the Northern League, Irma K. Dovlet, at her office.");
        Assert.Contains(d.Entities, e => e.Id == "person:irma-k-dovlet");
    }

    [Fact]
    public void ALowerCaseOfPhraseIsNoNamedBody()
    {
        var d = TestArticles.Extract(Lead + "They spoke of the head of the commission, Upper Varno and its dams.");
        Assert.DoesNotContain(d.Entities, e => e.Id == "person:upper-varno");
    }
}
