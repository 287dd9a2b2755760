namespace RelationsGraph.Extraction.Tests;

/// <summary>A state visit and the signing held during it: two gatherings, as a visit and its talks are.</summary>
public class SigningWithinVisitTests
{
    [Fact]
    public void ASigningDuringAVisitIsAMeetingOfItsOwn()
    {
        var d = TestArticles.Extract("""
            date 2024-10-08 Latvian President Ilze Kalnina arrived in Tbilisi on Tuesday for a state visit to Georgia.
            Kalnina and Georgian President Davit Beridze signed a treaty on river shipping on Tuesday.
            """);
        var meetings = d.OfType("Meeting").ToList();
        Assert.Contains(meetings, m => m.Kind == "visit" && d.Has("ATTENDED", "person:ilze-kalnina", m.Id));
        Assert.Contains(meetings, m => m.Kind != "visit" && d.Has("ATTENDED", "person:davit-beridze", m.Id) && d.Has("ATTENDED", "person:ilze-kalnina", m.Id));
    }

    [Fact]
    public void AVisitToldAfterTheSigningStaysApartFromIt()
    {
        var d = TestArticles.Extract("""
            date 2024-10-08 Latvian President Ilze Kalnina and Georgian President Davit Beridze signed a treaty on river shipping in Tbilisi on Tuesday.
            Kalnina began a three-day state visit to Georgia on Tuesday.
            """);
        var meetings = d.OfType("Meeting").ToList();
        Assert.Contains(meetings, m => m.Kind == "visit");
        Assert.Contains(meetings, m => m.Kind != "visit" && d.Has("ATTENDED", "person:davit-beridze", m.Id));
    }
}
