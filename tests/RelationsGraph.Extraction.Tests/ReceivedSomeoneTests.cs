namespace RelationsGraph.Extraction.Tests;

/// <summary>Receiving a person told by office alone, on either side of "received".</summary>
public class ReceivedSomeoneTests
{
    [Fact]
    public void ReceivingALeaderToldByNationalityAndOfficeIsAnEncounter()
    {
        var d = TestArticles.Extract("""
            date 2025-03-10 Peruvian President Ilario Quenaya arrived in Santiago on Monday.
            Chilean President Anselmo Quirbet received the Peruvian leader at the palace on Tuesday.
            """);
        Assert.Contains(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:ilario-quenaya", m.Id) && d.Has("ATTENDED", "person:anselmo-quirbet", m.Id));
    }

    [Fact]
    public void AReceptionByAnOfficeAloneIsAnEncounterWithItsHolder()
    {
        var d = TestArticles.Extract("""
            date 2025-03-10 Chilean President Anselmo Quirbet opened the fair in Santiago on Monday.
            On Tuesday Peruvian Foreign Minister Ilario Quenaya was received by the President at the palace.
            """);
        Assert.Contains(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:ilario-quenaya", m.Id) && d.Has("ATTENDED", "person:anselmo-quirbet", m.Id));
    }
}
