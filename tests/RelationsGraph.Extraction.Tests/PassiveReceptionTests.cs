namespace RelationsGraph.Extraction.Tests;

/// <summary>The planned passive "will be received ... by" with a place or a day before its host, or a host told by office alone.</summary>
public class PassiveReceptionTests
{
    [Fact]
    public void APlaceBetweenTheVerbAndItsHostStillTellsTheAudience()
    {
        var d = TestArticles.Extract("""
            date 2024-06-03 Osmanian Foreign Minister Dalibor Krettek toured a port north of the capital on Monday.
            On Friday Krettek will be received in Velmora by Caldish President Anatol Brisvane, aides said.
            """);
        Assert.Contains(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:dalibor-krettek", m.Id) && d.Has("ATTENDED", "person:anatol-brisvane", m.Id));
    }

    [Fact]
    public void AHostToldByOfficeAloneAfterADayIsAnAudience()
    {
        var d = TestArticles.Extract("""
            date 2024-06-03 Osmanian Foreign Minister Dalibor Krettek flew out of the capital early on Monday.
            Krettek will be received on Thursday by the Caldish Prime Minister, his office said.
            """);
        Assert.Contains(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:dalibor-krettek", m.Id));
    }
}
