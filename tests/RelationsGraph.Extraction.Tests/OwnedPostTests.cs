namespace RelationsGraph.Extraction.Tests;

/// <summary>"X, the President's national security adviser": a post held under an owner, told in apposition, shows a person.</summary>
public class OwnedPostTests
{
    [Fact]
    public void APostOwnedByALeaderAfterTheDeterminerShowsAPerson()
    {
        var d = TestArticles.Extract("date 2024-06-02 The leaders opened the summit in Valdora on Monday. Teodor Vranic, the President's national security adviser, took part in the plenary.");
        Assert.True(d.Has("ATTENDED", "person:teodor-vranic", Assert.Single(d.OfType("Meeting")).Id), d.Dump());
    }

    [Fact]
    public void APostOwnedByALowerCaseBodyShowsAPerson()
    {
        var d = TestArticles.Extract("date 2024-06-02 Ondo Kessaly, the interim government's foreign minister, said the talks would resume.");
        Assert.Contains(d.OfType("Person"), p => p.Id == "person:ondo-kessaly");
    }

    [Fact]
    public void ADeputyOwnedByAPossessiveShowsAPerson()
    {
        var d = TestArticles.Extract("date 2024-06-02 Lucien Maroba, the rebels' second-in-command, told reporters the ceasefire would hold. Piet Okonda, Maroba's deputy, said the same.");
        Assert.Contains(d.OfType("Person"), p => p.Id == "person:lucien-maroba");
        Assert.Contains(d.OfType("Person"), p => p.Id == "person:piet-okonda");
    }

    [Fact]
    public void AnInternationalOfficialsOwnedPostGivesNoCountry()
    {
        var d = TestArticles.Extract("date 2024-06-02 Hanna Verlinde, the UN Secretary-General's envoy to Tarvania, welcomed the truce in Lakeport.");
        Assert.Contains(d.OfType("Person"), p => p.Id == "person:hanna-verlinde");
        Assert.DoesNotContain(d.Relationships, r => r.Type == "REPRESENTS" && r.From == "person:hanna-verlinde");
    }

    [Fact]
    public void AnOwnersPluralApostropheWithACountryGivesTheCountry()
    {
        var d = TestArticles.Extract("date 2024-06-02 Rashad Kamil, the Emirates' minister of state for trade, said the deal would be signed soon.");
        Assert.True(d.Has("REPRESENTS", "person:rashad-kamil", "country:ae"), d.Dump());
    }

    [Fact]
    public void OneOfTheMovementsCommandersShowsAPersonWithNoCountry()
    {
        var d = TestArticles.Extract("date 2024-06-02 The accord was signed in Porto Lindo on Friday. Elias Torvane, one of the movement's regional commanders, signed alongside the mediator.");
        Assert.Contains(d.OfType("Person"), p => p.Id == "person:elias-torvane");
        Assert.DoesNotContain(d.Relationships, r => r.Type == "REPRESENTS" && r.From == "person:elias-torvane");
    }

    [Fact]
    public void OneOfItsPriestsShowsAPerson()
    {
        var d = TestArticles.Extract("date 2024-06-02 Two mediators guided the talks: Carla Mendi, the community's founder, and Bruno Fattori, one of its priests.");
        Assert.Contains(d.OfType("Person"), p => p.Id == "person:bruno-fattori");
    }

    [Fact]
    public void OneOfThemGoingOnWithTheSentenceIsNoApposition()
    {
        var d = TestArticles.Extract("date 2024-06-02 Norvale Harbour, one of the busiest ports in the region, reopened on Friday.");
        Assert.DoesNotContain(d.OfType("Person"), p => p.Id == "person:norvale-harbour");
    }
}
