namespace RelationsGraph.Extraction.Tests;

/// <summary>A known official of an international body takes no country from the officials listed beside them.</summary>
public class BodyOfficialsInListsTests
{
    [Fact]
    public void AKnownBodyOfficialInAListOfNationalOfficialsRepresentsNoCountry()
    {
        var d = TestArticles.Extract("date 2024-06-02 In Ankara, Turkish Foreign Minister Hakan Fidan, Secretary-General Antonio Guterres and Defence Minister Yasar Guler watched the signing.");
        Assert.DoesNotContain(d.Relationships, r => r.Type == "REPRESENTS" && r.From == "person:antonio-guterres");
    }
}
