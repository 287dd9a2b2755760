namespace RelationsGraph.Extraction.Tests;

/// <summary>A visitor who goes on to meet another host of the same country holds a second encounter, not more of the first talks.</summary>
public class SubjectMeetsAnotherCounterpartTests
{
    [Fact]
    public void TheVisitorMeetingASecondHostIsAnotherEncounter()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 Chilean President Mateo Rojas held talks with Peruvian Foreign Minister Lucia Vargas in Lima on Monday.
            Rojas met Peruvian Congress President Andres Quispe after lunch.
            """);
        var first = Assert.Single(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:lucia-vargas", m.Id));
        Assert.False(d.Has("ATTENDED", "person:andres-quispe", first.Id), d.Dump());
        Assert.Contains(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:andres-quispe", m.Id) && d.Has("ATTENDED", "person:mateo-rojas", m.Id));
    }

    [Fact]
    public void AHostJoiningTheVisitorsTalksStillJoinsThem()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 Chilean President Mateo Rojas held talks with Peruvian Foreign Minister Lucia Vargas in Lima on Monday.
            Peruvian Congress President Andres Quispe held talks with Rojas as well.
            """);
        var talks = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:andres-quispe", talks.Id), d.Dump());
    }
    [Fact]
    public void TheVisitorMeetingTwoMoreHostsTheSameDayIsAnotherEncounter()
    {
        var d = TestArticles.Extract("""
            date 2023-09-20 Uruguayan President Tomas Ferreyra held talks with Paraguayan Foreign Minister Ines Benitez in Asuncion on Tuesday.
            Ferreyra met Paraguayan Senate President Rodrigo Acosta and Paraguayan Army Commander Julio Vera on Tuesday.
            """);
        var first = Assert.Single(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:ines-benitez", m.Id));
        Assert.False(d.Has("ATTENDED", "person:rodrigo-acosta", first.Id), d.Dump());
        Assert.False(d.Has("ATTENDED", "person:julio-vera", first.Id), d.Dump());
        // Two host office-holders met by the visitor are one call each (OfficeHoldersApart): each is an encounter apart from the first.
        Assert.Contains(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:rodrigo-acosta", m.Id) && d.Has("ATTENDED", "person:tomas-ferreyra", m.Id));
        Assert.Contains(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:julio-vera", m.Id) && d.Has("ATTENDED", "person:tomas-ferreyra", m.Id));
    }

    [Fact]
    public void NamingTheHostAlreadyAtTheTalksStillJoinsThem()
    {
        var d = TestArticles.Extract("""
            date 2023-09-20 Uruguayan President Tomas Ferreyra held talks with Paraguayan Foreign Minister Ines Benitez in Asuncion on Tuesday.
            Ferreyra met Benitez and Paraguayan Senate President Rodrigo Acosta on Tuesday.
            """);
        var talks = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:rodrigo-acosta", talks.Id), d.Dump());
    }
}
