namespace RelationsGraph.Extraction.Tests;

/// <summary>A name introduced by the lowercase noun of its trade (maker, company, operator, agency) is a body's, here and where it comes back bare.</summary>
public class BodyNamedByItsTradeTests
{
    [Fact]
    public void ATradeNounRightBeforeTheNameMakesItABody()
    {
        var d = TestArticles.Extract("date 2024-06-02 Under the deal, drone maker Haldrix will build a plant near Tessalt, officials said.");
        Assert.Contains(d.OfType("Organization"), o => o.Name == "Haldrix");
        Assert.DoesNotContain(d.OfType("Person"), p => p.Name == "Haldrix");
    }

    [Fact]
    public void AnAppositionHeadedByATradeNounMakesItABody()
    {
        var d = TestArticles.Extract("date 2024-06-02 Talks with Merovel, the state energy company, ended on Monday without a price for the gas.");
        Assert.Contains(d.OfType("Organization"), o => o.Name == "Merovel");
    }

    [Fact]
    public void TheBareNameElsewhereIsTheBodyNotAPlace()
    {
        var d = TestArticles.Extract("date 2024-06-02 Engineers from Ostrel will start work in June.\n\n" +
                                     "The contract went to the rail operator Ostrel after a long tender.");
        Assert.Contains(d.OfType("Organization"), o => o.Name == "Ostrel");
        Assert.DoesNotContain(d.OfType("Place"), p => p.Name == "Ostrel");
    }

    [Fact]
    public void ASentencesOpeningWordBeforeAnAppositionIsNoName()
    {
        var d = TestArticles.Extract("date 2024-06-02 Later, the company said output would double by the end of the year.");
        Assert.DoesNotContain(d.OfType("Organization"), o => o.Name == "Later");
    }
}
