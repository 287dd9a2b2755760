namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "The Ottoman delegation was led by X", "the Qing envoy, Y": the adjective a past state (or the dynasty that ruled a state) went
/// by in its own time names that state as a side where it qualifies people.
/// </summary>
public class PastStateDemonymTests
{
    [Fact]
    public void TheOttomanDelegationNamesTheOttomanEmpire()
    {
        var d = TestArticles.Extract("date 1841-05-12 The Ottoman delegation was led by Rifat Kaleoglu, who signed the convention at Dravenmark on Tuesday.");
        Assert.Contains(d.Relationships, r => r.Type == "REPRESENTS" && r.From == "person:rifat-kaleoglu" && r.To == "country:xo");
    }

    [Fact]
    public void TheOttomanForeignMinisterRepresentsTheEmpire()
    {
        var d = TestArticles.Extract("date 1866-03-02 Nazif Demirtaban, the Ottoman foreign minister, met the envoys of the three powers at Velsgrad.");
        Assert.Contains(d.Relationships, r => r.Type == "REPRESENTS" && r.From == "person:nazif-demirtaban" && r.To == "country:xo");
    }

    [Fact]
    public void TheQingEnvoyRepresentsChina()
    {
        var d = TestArticles.Extract("date 1862-08-19 The Qing envoy, Lu Hanzheng, signed the trade convention at Marvelport with Jasper Holloway of Britain.");
        Assert.Contains(d.Relationships, r => r.Type == "REPRESENTS" && r.From == "person:lu-hanzheng" && r.To == "country:cn");
    }
}
