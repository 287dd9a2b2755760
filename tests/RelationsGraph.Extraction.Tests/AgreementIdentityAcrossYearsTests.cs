namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// An article that recalls earlier documents beside the one it reports: a recalled document keeps the year its own words
/// give, and its signers stay with it.
/// </summary>
public class AgreementIdentityAcrossYearsTests
{
    [Fact]
    public void ARelativeClauseWithAListOfSubjectsDatesTheRecalledDocument()
    {
        var d = TestArticles.Extract("""
            date 2019-05-14 SANTIAGO, May 14, 2019 -- The foreign ministers of Chile and Peru issued a joint statement on Tuesday after talks in Santiago.

            The new text extends the trilateral memorandum that Chile, Peru and Colombia concluded in Lima on March 3, 2016. That document, signed by the three foreign ministers then in office -- Heraldo Munoz, Ricardo Luna and Maria Angela Holguin -- set up a shared border commission.
            """);
        var memorandum = Assert.Single(d.OfType("Agreement"), a => a.Year == 2016);
        var statement = Assert.Single(d.OfType("Agreement"), a => a.Year == 2019);
        Assert.True(d.Has("SIGNED", "person:heraldo-munoz", memorandum.Id), d.Dump());
        Assert.False(d.Has("SIGNED", "person:heraldo-munoz", statement.Id), d.Dump());
    }

    [Fact]
    public void ADemonstrativeWithADocumentNounPointsToTheLastDocumentOfThatKind()
    {
        var d = TestArticles.Extract("""
            date 2022-04-06 President Gitanas Nauseda of Lithuania held talks with President Andrzej Duda of Poland in Warsaw on Wednesday.

            Nauseda called the relationship "a strategic partnership", pointing to the Treaty on Good Neighbourly Relations that Duda concluded with his counterpart in Vilnius in June 2017. The two presidents said they stood by that treaty and by the 1994 friendship treaty it superseded.
            """);
        var titled = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Good Neighbourly", StringComparison.Ordinal));
        Assert.Contains(titled.Aliases, a => a.Contains("that treaty", StringComparison.Ordinal));
    }

    [Fact]
    public void OneTitleSignedInTwoYearsNamesTwoDocuments()
    {
        var d = TestArticles.Extract("""
            date 2024-06-20 BASEL, June 20, 2024 -- Germany and Switzerland signed a modernised Rhine Shipping Accord in Basel on Thursday, ending six years of talks.

            The Rhine Shipping Accord was first signed in Mannheim on October 17, 1868, by envoys of the river states.
            """);
        var years = d.OfType("Agreement").Select(a => a.Year).ToList();
        Assert.Contains(2024, years.Cast<int?>());
        Assert.Contains(1868, years.Cast<int?>());
    }

    [Fact]
    public void AnInfinitiveOfAnotherActKeepsItsDateFromTheDocument()
    {
        var d = TestArticles.Extract("""
            date 2021-10-08 GUATEMALA CITY, October 8, 2021 -- The governments of Mexico and Guatemala today held a security dialogue and agreed to adopt the Highland Trade Charter.

            Both delegations agreed to convene once more in Mexico City in 2022, to assess how the Highland Trade Charter is working.
            """);
        var framework = Assert.Single(d.OfType("Agreement"));
        Assert.Equal(2021, framework.Year);
    }
}
