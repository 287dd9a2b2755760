namespace RelationsGraph.Extraction.Tests;

/// <summary>"received" with a place or a day between the verb and the guest, as press-office copy tells an audience.</summary>
public class ReceivedAfterAnAdjunctTests
{
    [Fact]
    public void AGuestNamedAfterTheOfficeOfTheAudienceIsReceived()
    {
        var d = TestArticles.Extract("""
            date 2025-03-10 Peruvian Foreign Minister Ilario Quenaya flew into Santiago on Monday for two days of consultations.
            Chilean President Anselmo Quirbet received in his office Peruvian Foreign Minister Ilario Quenaya, the presidency said.
            """);
        Assert.Contains(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:ilario-quenaya", m.Id) && d.Has("ATTENDED", "person:anselmo-quirbet", m.Id));
    }

    [Fact]
    public void ADayAndAPalaceBeforeTheGuestStillTellTheAudience()
    {
        var d = TestArticles.Extract("""
            date 2025-03-10 Chilean President Anselmo Quirbet opened a water plant in the north on Monday.
            Quirbet received on Tuesday at La Moneda Palace the Peruvian trade minister, Ilario Quenaya, to review the border crossings.
            """);
        Assert.Contains(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:ilario-quenaya", m.Id) && d.Has("ATTENDED", "person:anselmo-quirbet", m.Id));
    }

    [Fact]
    public void AThingReceivedOnADayFromSomeoneIsNoAudience()
    {
        // Guard: "a letter from" names no guest; passes with the rule off too.
        var d = TestArticles.Extract("""
            date 2025-03-10 Chilean President Anselmo Quirbet opened a water plant in the north on Monday.
            Quirbet received on Tuesday a letter from Peruvian President Ilario Quenaya about the border crossings.
            """);
        Assert.DoesNotContain(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:ilario-quenaya", m.Id) && d.Has("ATTENDED", "person:anselmo-quirbet", m.Id));
    }
}
