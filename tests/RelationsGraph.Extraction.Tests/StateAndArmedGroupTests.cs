namespace RelationsGraph.Extraction.Tests;

/// <summary>A document between a state's government and an armed or opposition group binds that state alone.</summary>
public class StateAndArmedGroupTests
{
    [Fact]
    public void AnAccordOfAGovernmentAndRebelsHasTheStateAsItsOnlyCountryParty()
    {
        var d = TestArticles.Extract("""
            date 2015-06-20 The government of Mali and a coalition of rebel movements signed a peace accord in Bamako on Saturday.
            Algerian Foreign Minister Ramtane Lamamra, who hosted the talks in Algiers, and Moroccan envoy Nasser Bourita attended the signing.
            """);
        var accord = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("PARTY_TO", "country:ml", accord.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:dz", accord.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:ma", accord.Id), d.Dump());
    }

    [Fact]
    public void TheStateOfTheStoryOwnsAnEarlierCeasefireWithTheSameRebels()
    {
        var d = TestArticles.Extract("""
            date 2016-03-02 Mozambican President Filipe Nyusi and the leader of the rebel movement signed a peace agreement in Maputo on Wednesday.
            Kenyan President Uhuru Kenyatta looked on; Kenya had offered to host the talks, and Kenyan diplomats stayed for the ceremony.
            The 2014 ceasefire agreement collapsed within months.
            """);
        var ceasefire = d.OfType("Agreement").Single(a => a.Year == 2014);
        Assert.True(d.Has("PARTY_TO", "country:mz", ceasefire.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:ke", ceasefire.Id), d.Dump());
        var peace = d.OfType("Agreement").Single(a => a.Year == 2016);
        Assert.False(d.Has("PARTY_TO", "country:ke", peace.Id), d.Dump());
    }

    [Fact]
    public void ThePlaceOfASigningIsNotTheGovernmentThatSigned()
    {
        var d = TestArticles.Extract("""
            date 2010-01-11 The 2008 accord was signed in Ghana by the government of Togo and opposition parties, diplomats said.
            """);
        var accord = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("PARTY_TO", "country:tg", accord.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:gh", accord.Id), d.Dump());
    }

    [Fact]
    public void TheStatesOwnArmedForcesAreNoNonStateSide()
    {
        var d = TestArticles.Extract("""
            date 2021-07-09 Turkey, Greece and Cyprus signed a maritime safety agreement in Athens on Friday.
            Greek officials said the Greek armed forces would patrol the area under the agreement the three governments signed.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("PARTY_TO", "country:tr", agreement.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:cy", agreement.Id), d.Dump());
    }

    [Fact]
    public void AForeignStateWhoseMinisterSignedTooStaysBound()
    {
        var d = TestArticles.Extract("""
            date 2022-08-08 The government of Chad and dozens of rebel groups signed a peace agreement in Doha on Monday.
            Qatari Foreign Minister Mohammed bin Abdulrahman Al Thani also signed the agreement, which Egyptian diplomats watched from the gallery.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("PARTY_TO", "country:td", agreement.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:qa", agreement.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:eg", agreement.Id), d.Dump());
    }

    [Fact]
    public void ASummitTextOnFightingArmedGroupsIsNotTheStoryStatesAlone()
    {
        var d = TestArticles.Extract("""
            date 2019-03-10 President Amadou Kessely of Niger, President Brahim Tollou of Chad, President Sidi Barango of Mali and President Yahya Ould Menna of Mauritania met in Tevrane on Sunday for a regional security summit.
            The partnership was made public in a final communique issued as the summit ended, which also pledged a joint fight against armed groups.
            Barango, who last year negotiated between the Malian government and rebels of the north, said those talks had stalled.
            """);
        // The communique is the four states' text (its id names its sides): Mali's earlier talks with rebels do not make it Mali's alone.
        Assert.Contains(d.OfType("Agreement"), a => a.Id.EndsWith("-ml-mr-ne-td") && d.Has("PARTY_TO", "country:ne", a.Id) && d.Has("PARTY_TO", "country:mr", a.Id));
    }
}
