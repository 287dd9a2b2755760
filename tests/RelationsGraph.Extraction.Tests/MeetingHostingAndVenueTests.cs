namespace RelationsGraph.Extraction.Tests;

/// <summary>Hosting joined to the gathering it is for, venues told apart from people, and calls kept apart from talks in person.</summary>
public class MeetingHostingAndVenueTests
{
    [Fact]
    public void HostingForAMeetingIsThatMeeting()
    {
        var d = TestArticles.Extract("""
            date 2024-10-08 Dutch Foreign Minister Caspar Veldkamp today hosted his Belgian and Luxembourg counterparts, Hadja Lahbib and Xavier Bettel, at a manor outside The Hague for a meeting of the Benelux foreign ministers.
            """);
        var meeting = Assert.Single(d.OfType("Meeting"));
        Assert.Equal("talks", meeting.Kind);
        foreach (var id in new[] { "person:caspar-veldkamp", "person:hadja-lahbib", "person:xavier-bettel" })
            Assert.True(d.Has("ATTENDED", id, meeting.Id), id + "\n" + d.Dump());
    }

    [Fact]
    public void AMeetingHostedBySomeoneIsOneMeeting()
    {
        var d = TestArticles.Extract("""
            date 2024-10-08 The one-day meeting at the State House in Lusaka was hosted by Zambian President Hakainde Hichilema.
            """);
        var meeting = Assert.Single(d.OfType("Meeting"));
        Assert.NotEqual("visit", meeting.Kind);
        Assert.True(d.Has("ATTENDED", "person:hakainde-hichilema", meeting.Id), d.Dump());
    }

    [Fact]
    public void AVenueToldWithoutPeoplePlacesTheNearbyTalks()
    {
        var d = TestArticles.Extract("""
            date 2024-10-08 The talks were held in Doha.
            The meeting opened on Monday with a closed session.
            Chilean Foreign Minister Alberto van Klaveren led the Chilean side, and Peruvian Foreign Minister Elmer Schialer led the Peruvian side.
            """);
        var talks = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:alberto-van-klaveren", m.Id));
        Assert.True(d.Relationships.Any(r => r.Type == "HELD_IN" && r.From == talks.Id && r.To == "place:doha"), d.Dump());
    }

    [Fact]
    public void ACallTheSameDayWithOtherPeopleIsNotTheTalks()
    {
        var d = TestArticles.Extract("""
            date 2024-10-08 Spanish Foreign Minister José Manuel Albares held talks with Moroccan Foreign Minister Nasser Bourita in Rabat on Monday.
            Spanish Prime Minister Pedro Sánchez spoke by phone with Portuguese Prime Minister Luís Montenegro on Monday.
            """);
        var talks = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:jose-manuel-albares", m.Id));
        Assert.False(d.Has("ATTENDED", "person:pedro-sanchez", talks.Id), d.Dump());
        Assert.NotEqual("phone_call", talks.Kind);
    }

    [Fact]
    public void MakingACeremonyPossibleIsNoDoubtThatItHappened()
    {
        var d = TestArticles.Extract("""
            date 2024-10-08 In the front row of the ceremony sat the mediators who made the ceremony possible, Norwegian envoy Tor Wennesland and Qatari envoy Mohammed Al-Khulaifi.
            """);
        var ceremony = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:tor-wennesland", ceremony.Id), d.Dump());
    }
}

/// <summary>Signings told by their verb: a long object phrase, witnesses standing behind, and talks apart the same day.</summary>
public class SigningByVerbTests
{
    [Fact]
    public void AnAgreementNounClosingALongObjectMakesAJointSigning()
    {
        var d = TestArticles.Extract("""
            date 2024-03-02 Chilean President Gabriel Boric and Peruvian President Dina Boluarte signed the successor to the old Pacific Alliance Fisheries Agreement in Lima on Friday.
            """);
        var signing = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:gabriel-boric", signing.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:dina-boluarte", signing.Id), d.Dump());
    }

    [Fact]
    public void PeopleStandingBehindTheSignersAreAtTheSigning()
    {
        var d = TestArticles.Extract("""
            date 2024-03-02 Chilean President Gabriel Boric and Peruvian President Dina Boluarte signed the fisheries agreement in Lima on Friday.
            Behind them stood the negotiators, Chilean Foreign Minister Alberto van Klaveren and Peruvian Foreign Minister Javier Gonzalez-Olaechea.
            """);
        var signing = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:alberto-van-klaveren", signing.Id), d.Dump());
    }

    [Fact]
    public void TalksWithSomeoneNewTheSameDayAreNotTheSigning()
    {
        var d = TestArticles.Extract("""
            date 2024-03-02 Chilean President Gabriel Boric and Peruvian President Dina Boluarte signed the fisheries agreement in Lima on Friday.
            Boric met Bolivian President Luis Arce for bilateral talks at the presidential palace on Friday.
            """);
        var signing = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:dina-boluarte", m.Id));
        Assert.False(d.Has("ATTENDED", "person:luis-arce", signing.Id), d.Dump());
    }
}

/// <summary>Which signing a reference belongs to, and who is at it when the list or the gathering comes late in the sentence.</summary>
public class SigningGatheringTests
{
    [Fact]
    public void TalksCountedInDaysBeforeASigningOnlyLeadUpToIt()
    {
        var d = TestArticles.Extract("""
            date 2024-03-09 After twelve days of closed-door negotiations that began on 20 February, Colombian Foreign Minister Luis Gilberto Murillo and Venezuelan Foreign Minister Yván Gil signed the border agreement in Cúcuta.
            """);
        // The negotiations are a gathering of their own (see CountedSpanOfTalksTests); the signing is the other one.
        var signing = d.OfType("Meeting").Single(m => m.Kind != "talks" && d.Has("ATTENDED", "person:yvan-gil", m.Id));
        Assert.NotEqual("2024-02-20", signing.Date);
    }

    [Fact]
    public void WitnessesToldBeforeTheCeremonyNamedLaterInTheSentenceAttendIt()
    {
        var d = TestArticles.Extract("""
            date 2024-03-09 Behind them sat the mediators of the ceremony in Cúcuta, Brazilian President Luiz Inácio Lula da Silva, Mexican President Andrés Manuel López Obrador and the Cuban envoy Carlos Fernández de Cossío.
            """);
        var ceremony = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:luiz-inacio-lula-da-silva", ceremony.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:carlos-fernandez-de-cossio", ceremony.Id), d.Dump());
    }
}

/// <summary>The subject of a meeting verb named before a long relative clause.</summary>
public class RelativeClauseSubjectTests
{
    [Fact]
    public void TheSubjectBeforeAWhoClauseMetThePersonAfterTheVerb()
    {
        var d = TestArticles.Extract("""
            date 2024-03-12 Brazilian President Luiz Inácio Lula da Silva, who arrived in the Peruvian capital on Monday evening after a stop in Bogotá and a long flight, met Peruvian President Dina Boluarte at the Government Palace on Tuesday.
            """);
        var talks = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:dina-boluarte", m.Id) && m.Date == "2024-03-12");
        Assert.True(d.Has("ATTENDED", "person:luiz-inacio-lula-da-silva", talks.Id), d.Dump());
    }
}

/// <summary>A date stays in the clause that names it.</summary>
public class DateClauseTests
{
    [Fact]
    public void ADateBeforeASemicolonDoesNotDateTheTalksAfterIt()
    {
        var d = TestArticles.Extract("""
            date 2024-03-12 Ecuador, which signed its own border treaty with Peru in 1998, stayed away; President Daniel Noboa flew to Bogotá for talks with Colombian President Gustavo Petro.
            """);
        var talks = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:gustavo-petro", m.Id));
        Assert.NotEqual("1998", talks.Date);
    }
}

/// <summary>A plan stated by the verb of a meeting noun that opens its clause.</summary>
public class SubjectPlanTests
{
    [Fact]
    public void NegotiationsThatAreDueToBeginDoNotDateTheSigning()
    {
        var d = TestArticles.Extract("""
            date 2024-03-09 Colombian Foreign Minister Luis Gilberto Murillo and Venezuelan Foreign Minister Yván Gil signed the border agreement in Cúcuta.
            Under the agreement, negotiations between the armies, including their border commanders, are due to begin on April 2.
            """);
        Assert.DoesNotContain(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:yvan-gil", m.Id) && m.Date == "2024-04-02");
    }
}
