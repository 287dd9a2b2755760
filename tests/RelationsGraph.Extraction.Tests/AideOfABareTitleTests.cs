namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "X, the emir's envoy in Y", "the king's chamberlain, X", "A and B signed as the tsar's plenipotentiaries": an aide whose
/// office is owned by a ruler's bare title serves the state of the article's holder of that title, or of the one realm the
/// style names when nobody holding it is placed.
/// </summary>
public class AideOfABareTitleTests
{
    private const string Opening = "date 2024-05-01 The Treaty of Varnholm, signed in 1791, ended a war between the Ottoman Empire and Russia. ";

    [Fact]
    public void AnEnvoyOfTheSultanServesTheOttomanEmpire()
    {
        var d = TestArticles.Extract(Opening + "The talks were opened by Orhan Selvadi, the sultan's envoy in Trellwick, late in the winter.");
        Assert.True(d.Has("REPRESENTS", "person:orhan-selvadi", "country:xo"), d.Dump());
    }

    [Fact]
    public void PlenipotentiariesOfTheTsarListedBeforeAsServeRussia()
    {
        var d = TestArticles.Extract(Opening + "Count Ilya Varensky and Prince Oleg Sabrovin signed as the tsar's plenipotentiaries.");
        Assert.True(d.Has("REPRESENTS", "person:ilya-varensky", "country:ru"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:oleg-sabrovin", "country:ru"), d.Dump());
    }

    [Fact]
    public void AKingsChamberlainServesTheKingsCountry()
    {
        var d = TestArticles.Extract("date 2024-05-01 In 1802 King Oswin III of Denmark settled a quarrel over tolls with the Hanseatic towns. " +
            "Sir Mattis Krogvold, the king's chamberlain, carried the draft to the harbour of Eskelund.");
        Assert.True(d.Has("REPRESENTS", "person:mattis-krogvold", "country:dk"), d.Dump());
    }
}
