namespace RelationsGraph.Extraction.Tests;

/// <summary>A joint text issued by an organisation and one state at a summit of many is that state's alone, not every state's at the table.</summary>
public class JointTextOfABodyAndAStateTests
{
    private const string Summit = """
        date 2023-06-01 President Alar Tamm of Estonia, President Juris Ozols of Latvia, President Jonas Petraitis of Lithuania and President Jan Nowicki of Poland met in Riga on Thursday at a regional summit on energy.

        The four leaders discussed new power lines and gas storage.

        """;

    [Theory]
    [InlineData("At the summit, the European Union and Lithuania issued a joint statement on power links.")]
    [InlineData("Lithuania and the European Union released a joint declaration on grid security at the summit.")]
    public void OnlyTheStateBesideTheBodyIsASide(string sentence)
    {
        var d = TestArticles.Extract(Summit + sentence);
        var text = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("PARTY_TO", "country:lt", text.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:pl", text.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:ee", text.Id), d.Dump());
    }
}
