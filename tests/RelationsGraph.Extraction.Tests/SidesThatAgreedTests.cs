namespace RelationsGraph.Extraction.Tests;

/// <summary>Countries listed as the subject of the verb that makes a document are its sides; the host and observers of the talks are not.</summary>
public class SidesThatAgreedTests
{
    [Fact]
    public void TheSubjectOfAgreeingOutranksTheHostAndObserversOfTheTalks()
    {
        var d = TestArticles.Extract("""
            date 2023-06-12 Ghanaian President Nana Akufo-Addo hosted Liberian President George Weah and Ivorian President Alassane Ouattara in Accra on Monday.
            Liberia and Ivory Coast agreed on Monday to a truce along their border at the Ghana-hosted talks.
            Nigeria and Senegal attended as observers.
            """);
        var truce = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("PARTY_TO", "country:lr", truce.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:ci", truce.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:gh", truce.Id), d.Dump());
    }

    [Fact]
    public void AListWithTheBeforeAStateNameStaysOneSubject()
    {
        var d = TestArticles.Extract("""
            date 2023-06-12 Oman, Jordan and the United Arab Emirates signed a water-sharing accord in Muscat on Monday, Egyptian officials said.
            """);
        var accord = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("PARTY_TO", "country:om", accord.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:jo", accord.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:ae", accord.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:eg", accord.Id), d.Dump());
    }

    [Fact]
    public void TheAgentsOfAPassiveMakingAreTheSidesAndAMeetingDelegateOnlyDoesNotNarrowThem()
    {
        // Angola sent no leader to the talks, but the charter's sentence lists it among those that adopted it.
        var d = TestArticles.Extract("""
            date 2023-06-12 Zambian President Hakainde Hichilema and Malawian President Lazarus Chakwera held talks in Lusaka on Friday.
            The Lusaka Charter, a ten-page text adopted on Friday evening by Zambia, Malawi and Angola, sets up a river commission.
            """);
        var charter = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("PARTY_TO", "country:ao", charter.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:zm", charter.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:mw", charter.Id), d.Dump());
    }
}
