namespace RelationsGraph.Extraction.Tests;

/// <summary>"A, B and C were also among the signing powers": states told as among the signers of the document told last are its sides.</summary>
public class AmongTheSignatoriesTests
{
    [Fact]
    public void StatesAlsoAmongTheSigningPowersAreSides()
    {
        var d = TestArticles.Extract("""
            date 1921-05-14 Norway and Iceland signed the North Sea Herring Convention at Bergen on Saturday after a month of talks.
            Denmark, Ireland and Portugal were also among the signing powers.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        foreach (var iso in new[] { "no", "is", "dk", "ie", "pt" })
            Assert.True(d.Has("PARTY_TO", $"country:{iso}", agreement.Id), d.Dump());
    }

    [Fact]
    public void StatesAmongADaysSignatoriesAreSides()
    {
        var d = TestArticles.Extract("""
            date 2019-03-07 Bolivia and Ecuador signed the Andean Water Treaty in Quito on Tuesday with other governments of the region.
            Chile and Peru were both among Tuesday's signatories, officials said.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        foreach (var iso in new[] { "bo", "ec", "cl", "pe" })
            Assert.True(d.Has("PARTY_TO", $"country:{iso}", agreement.Id), d.Dump());
    }

    [Fact]
    public void DelegatesOfStatesAmongTheOtherSignatoriesBindTheirStates()
    {
        var d = TestArticles.Extract("""
            date 1931-09-02 Italy and Greece signed the Adriatic Lighthouse Convention in Venice on Wednesday.
            Delegates of Austria, Hungary and Albania were among the other signatories.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        foreach (var iso in new[] { "at", "hu", "al" })
            Assert.True(d.Has("PARTY_TO", $"country:{iso}", agreement.Id), d.Dump());
    }

    /// <summary>Guard: a denied membership of the roll adds no side (passes with or without the rule).</summary>
    [Fact]
    public void AStateNotAmongTheSignatoriesIsNoSide()
    {
        var d = TestArticles.Extract("""
            date 2019-03-07 Bolivia and Ecuador signed the Andean Water Treaty in Quito on Tuesday.
            Colombia was not among the signatories.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.False(d.Has("PARTY_TO", "country:co", agreement.Id), d.Dump());
    }
}
