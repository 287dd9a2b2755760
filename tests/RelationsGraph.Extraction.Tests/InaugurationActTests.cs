namespace RelationsGraph.Extraction.Tests;

/// <summary>Leaders inaugurating a work in person hold a ceremony; a passive inauguration, or one into an office, tells none.</summary>
public class InaugurationActTests
{
    [Fact]
    public void LeadersInauguratingAWorkHoldACeremony()
    {
        var d = TestArticles.Extract("date 2031-03-11 Velorian President Arno Kestrel and Dunmarish Prime Minister Ilse Varrow inaugurated the new harbour bridge in Castavel on Tuesday.");
        var ceremony = Assert.Single(d.OfType("Meeting"), m => m.Kind == "ceremony");
        Assert.True(d.Has("ATTENDED", "person:arno-kestrel", ceremony.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:ilse-varrow", ceremony.Id), d.Dump());
    }

    [Theory]
    [InlineData("date 2031-03-11 Officials said the harbour bridge in Castavel will be inaugurated next month.")]
    [InlineData("date 2031-03-11 Velorian President Arno Kestrel, inaugurated as president in May, praised the harbour bridge in Castavel.")]
    public void APassiveOrAnOfficeTellsNoCeremony(string text)
    {
        var d = TestArticles.Extract(text);
        Assert.DoesNotContain(d.OfType("Meeting"), m => m.Kind == "ceremony");
    }
}
