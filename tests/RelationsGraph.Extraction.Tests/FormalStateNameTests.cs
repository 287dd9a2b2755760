namespace RelationsGraph.Extraction.Tests;

/// <summary>"the Republic of X", "the Kingdom of X": a state's formal style before "of" and a known country names that country.</summary>
public class FormalStateNameTests
{
    [Fact]
    public void TheFormalStyleOfAKnownCountryNamesIt()
    {
        var d = TestArticles.Extract("date 2024-05-05 The ministers met in Accra on Sunday. " +
                                     "Among those present was the Minister for External Relations of the Republic of Togo, Komlan Dossou.");
        Assert.Contains(d.Entities, e => e.Id == "country:tg");
        Assert.DoesNotContain(d.Entities, e => e.Id == "person:republic");
    }
}
