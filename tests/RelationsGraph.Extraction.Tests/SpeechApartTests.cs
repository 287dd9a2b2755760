namespace RelationsGraph.Extraction.Tests;

/// <summary>An address and a ceremony or meal told as references of their own are separate events of a visit's programme.</summary>
public class SpeechApartTests
{
    [Fact]
    public void AnAddressIsNotTheInvestitureToldBeforeIt()
    {
        var d = TestArticles.Extract("""
            date 2023-04-20 Kenyan President Samuel Otieno arrived in Accra on Thursday for a state visit.
            At Jubilee House, Ghanaian President Kofi Mensah conferred the Order of the Star on Otieno in an investiture ceremony.
            Otieno then gave an address to Parliament.
            """);
        Assert.Contains(d.OfType("Meeting"), m => m.Kind == "speech" && d.Has("ATTENDED", "person:samuel-otieno", m.Id));
        Assert.Contains(d.OfType("Meeting"), m => m.Kind == "ceremony");
    }

    [Fact]
    public void ASpeechToldInsideTheEventsOwnReferenceStaysWithIt()
    {
        var d = TestArticles.Extract("""
            date 2023-03-01 President Kofi Mensah gave a speech during an event in Accra on Wednesday marking Independence Day.
            In the speech, Mensah praised the veterans.
            """);
        Assert.Single(d.OfType("Meeting"));
    }
}
