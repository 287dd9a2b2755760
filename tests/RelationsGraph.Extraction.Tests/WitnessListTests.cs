namespace RelationsGraph.Extraction.Tests;

/// <summary>Witnesses of a signing: a long titled list before the verb, and the act as the verb's object.</summary>
public class WitnessListTests
{
    [Fact]
    public void EveryTitledNameOfAWitnessListAttends()
    {
        var d = TestArticles.Extract("""
            date 2024-05-20 Kenyan President Daniel Mwangi and Ugandan President Peter Okello signed a border accord in Nairobi on Monday.
            Tanzanian President Grace Kimaro, the Burundian foreign minister Jean Ndayishimiye, Rwandan Prime Minister Eric Habimana, Ethiopian President Haile Tesfaye and Aisha Warsame, chairwoman of the regional commission, attended as witnesses.
            """);
        var signing = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:daniel-mwangi", m.Id));
        foreach (var id in new[] { "person:grace-kimaro", "person:eric-habimana", "person:haile-tesfaye", "person:jean-ndayishimiye", "person:aisha-warsame" })
            Assert.True(d.Has("ATTENDED", id, signing.Id), id + "\n" + d.Dump());
    }

    [Fact]
    public void WitnessingTheSigningAfterTheirMeetingIsAttendanceOfTheSigning()
    {
        var d = TestArticles.Extract("""
            date 2024-05-20 Foreign Minister Lina Castro and Foreign Minister Rafael Ortiz signed the maritime boundary agreement in Lima on Monday.
            President Tomas Vidal and President Marta Salas witnessed the signing after their bilateral meeting.
            """);
        var signing = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:lina-castro", m.Id));
        Assert.True(d.Has("ATTENDED", "person:tomas-vidal", signing.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:marta-salas", signing.Id), d.Dump());
    }
}

/// <summary>Presence told with a possessive: "in X's presence".</summary>
public class PossessivePresenceTests
{
    [Fact]
    public void ThePossessorOfPresenceAttendsTheSigning()
    {
        var d = TestArticles.Extract("""
            date 2024-05-20 Foreign Minister Lina Castro and Foreign Minister Rafael Ortiz signed the border accord in Lima on Monday.
            They had signed an earlier declaration in Quito in March, also in President Tomas Vidal's presence.
            """);
        Assert.Contains(d.Relationships, r => r.Type == "ATTENDED" && r.From == "person:tomas-vidal");
    }
}

/// <summary>A definite gathering that an attendance verb takes as its object is the one already told.</summary>
public class AttendedObjectTests
{
    [Fact]
    public void AttendingTheCeremonyJoinsTheSigningToldBefore()
    {
        var d = TestArticles.Extract("""
            date 2024-05-20 Rebel commander Samuel Deng and Defence Minister Paul Lado signed the peace agreement at Unity Hall in Juba on Monday.
            President Martin Kuol and Prime Minister Ruth Achol both attended the ceremony but left the signing to Lado, who had led the talks.
            """);
        var signing = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:samuel-deng", m.Id));
        Assert.True(d.Has("ATTENDED", "person:martin-kuol", signing.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:ruth-achol", signing.Id), d.Dump());
    }
}
