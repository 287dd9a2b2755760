namespace RelationsGraph.Extraction.Tests;

/// <summary>A signing told on one weekday within a summit whose own ceremony is told on another weekday is a signing of its own.</summary>
public class DayWordApartWithinASummitTests
{
    [Fact]
    public void EarlierWeekdaySigningStandsApartFromTheSummitCeremony()
    {
        var d = TestArticles.Extract("""
            President Aldo Marventi and Premier Ivo Kastrell signed the water treaty at the Palace of Lenvar on Friday.
            Foreign Minister Pia Odrena and Foreign Minister Teo Halvik stood behind the table during the ceremony.
            Friday's ceremony closed the summit, the first visit by a president of Norway to Sweden.
            Earlier in the week Mr. Marventi and Mr. Halvik signed an agreement on fisheries on Tuesday.
            """);
        Assert.Contains(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:teo-halvik", m.Id) && d.Has("ATTENDED", "person:aldo-marventi", m.Id) &&
                                                 !d.Has("ATTENDED", "person:pia-odrena", m.Id));
    }
}
