namespace RelationsGraph.Extraction.Tests;

/// <summary>A mediator who signs the text he brokered still signs it, but binds no state of his own (SignersBindTheirStates skips ThirdPartyPeople).</summary>
public class SigningMediatorsBindNoStateTests
{
    [Fact]
    public void AMediatorWhoAlsoSignedLeavesHisCountryOutOfTheParties()
    {
        var d = TestArticles.Extract("""
            Rivals sign unity accord in Korvel

            date 2024-03-09 KORVEL - The Korvel Unity Accord between Armenia and Georgia was signed on Saturday by Armenian President Davit Orsenyan and Georgian Prime Minister Levan Tsiradze after a week of talks.
            Kenyan President Oduya Marenge, the African Union's mediator in the dispute, also signed the accord.
            """);
        var accord = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("PARTY_TO", "country:am", accord.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:ge", accord.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:oduya-marenge", accord.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:ke", accord.Id), d.Dump());
    }

    [Fact]
    public void AListedWitnessServingInABodysOfficeLeavesHisCountryOutOfTheParties()
    {
        var d = TestArticles.Extract("""
            Neighbours sign border treaty in Dovrany

            date 2024-05-14 DOVRANY - The Dovrany Border Treaty between Armenia and Georgia was signed on Tuesday by Armenian President Davit Orsenyan and Georgian Prime Minister Levan Tsiradze.
            Two guarantors added their signatures too: Kenyan President Oduya Marenge, whose government hosted the talks; and Ghanaian diplomat Kwaku Sarpendo, serving as the African Union's special envoy for the region.
            """);
        var treaty = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("PARTY_TO", "country:am", treaty.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:kwaku-sarpendo", treaty.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:ke", treaty.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:gh", treaty.Id), d.Dump());
    }

    [Fact]
    public void AMediatorSigningInHisCapacityAsABodysChairBindsNoStateOfHisOwn()
    {
        var d = TestArticles.Extract("""
            Rivals sign unity accord in Korvel

            date 2024-03-09 KORVEL - The Korvel Unity Accord between Armenia and Georgia was signed on Saturday by Armenian President Davit Orsenyan and Georgian Prime Minister Levan Tsiradze.
            Two mediators added their signatures too: Kenyan President Oduya Marenge and Ghanaian Foreign Minister Kwaku Sarpendo, who signed it in his capacity as head of the African Union.
            """);
        var accord = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("PARTY_TO", "country:ge", accord.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:kwaku-sarpendo", accord.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:gh", accord.Id), d.Dump());
    }
}
