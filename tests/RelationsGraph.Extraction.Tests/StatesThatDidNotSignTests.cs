namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "A and B walked away", "C, which had sent observers, also held back", "the president of D, who did not sign": a state told
/// as not signing is no side of the document the story concluded, though its leader attended the summit that made it
/// (see StatesThatDidNotSign); a state someone of which signed stays a side.
/// </summary>
public class StatesThatDidNotSignTests
{
    [Fact]
    public void StatesThatWalkedAwayAreNoSidesOfTheSummitsTreaty()
    {
        var d = TestArticles.Extract("""
            date 2016-06-03 Leaders of Ghana, Togo, Benin and Niger met in Accra on Friday for a summit on river shipping.
            President Kofi Mensah of Ghana, President Yawo Agbeko of Togo, President Rene Houngbo of Benin and President Issa Maiga of Niger attended the summit.
            The summit ended with the signing of the Volta Navigation Treaty.
            Benin and Niger walked away from the final text, saying it gave too little to inland ports.
            """);
        var treaty = Assert.Single(d.OfType("Agreement"));
        Assert.False(d.Has("PARTY_TO", "country:bj", treaty.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:ne", treaty.Id), d.Dump());
    }

    [Fact]
    public void AStateHeldBackAfterARelativeClause()
    {
        var d = TestArticles.Extract("""
            date 2016-06-03 Leaders of Ghana, Togo and Benin met in Accra on Friday for a summit on river shipping.
            President Kofi Mensah of Ghana, President Yawo Agbeko of Togo and President Rene Houngbo of Benin attended the summit.
            The summit ended with the signing of the Volta Navigation Treaty.
            Benin, which had hosted the first round of talks, also held back.
            """);
        var treaty = Assert.Single(d.OfType("Agreement"));
        Assert.False(d.Has("PARTY_TO", "country:bj", treaty.Id), d.Dump());
    }

    [Fact]
    public void AStateWhoseMinisterSignedStaysASide()
    {
        var d = TestArticles.Extract("""
            date 2016-06-03 Ghanaian Foreign Minister Ama Boateng and Togolese Foreign Minister Kossi Dogbe signed the Volta Navigation Treaty in Accra on Friday.
            Togo walked away from an earlier draft last year.
            """);
        var treaty = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("PARTY_TO", "country:tg", treaty.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:gh", treaty.Id), d.Dump());
    }
}
