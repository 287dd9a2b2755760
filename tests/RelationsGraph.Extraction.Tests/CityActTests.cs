namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "the Almaty Act": an Act titled only by the city it was made in is a diplomatic instrument; an Act titled by its subject or by a
/// country is a law (see DiplomaticActTitle.OfACity).
/// </summary>
public class CityActTests
{
    [Fact]
    public void AnActTitledByItsCityIsADocument()
    {
        var d = TestArticles.Extract("""
            date 2019-06-04 GENEVA, June 4 -- Leaders of twelve Asian states signed the Geneva Act on Tuesday, founding a new forum for regional security.
            """);
        Assert.Contains(d.OfType("Agreement"), a => a.Name.Contains("Geneva Act", StringComparison.Ordinal));
    }

    [Fact]
    public void AnActTitledBySubjectIsALaw()
    {
        var d = TestArticles.Extract("""
            date 2019-06-04 GENEVA, June 4 -- President Anna Lind of Sweden praised the Clean Rivers Act on Tuesday during a visit to Geneva.
            """);
        Assert.Empty(d.OfType("Agreement"));
    }

    [Fact]
    public void AnActTitledByACountryIsALaw()
    {
        var d = TestArticles.Extract("""
            date 2019-06-04 LONDON, June 4 -- Prime Minister Anna Lind of Sweden recalled the Canada Act during talks in London on Tuesday.
            """);
        Assert.Empty(d.OfType("Agreement"));
    }
}
