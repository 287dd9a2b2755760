namespace RelationsGraph.Extraction.Tests;

/// <summary>"Around him sat A, B and C", "Around the table sat D and E": the people seated around someone or a table are at the sitting told.</summary>
public class SeatedAroundTests
{
    [Fact]
    public void ThoseSeatedAroundTheChairAreAtTheSummit()
    {
        var d = TestArticles.Extract("""
            date 2021-06-08 TARVOLA, June 8 (Wire) - President Kalev Rannamets of Estonia chaired a summit of Baltic leaders at the lakeside palace in Tarvola on Tuesday.
            Around him sat Latvian President Ilgvars Dzenitis, Lithuanian President Mindaugas Skirvaitis and Finnish Prime Minister Oskari Heinolainen.
            """);
        var summit = Assert.Single(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:kalev-rannamets", m.Id));
        Assert.True(d.Has("ATTENDED", "person:ilgvars-dzenitis", summit.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:mindaugas-skirvaitis", summit.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:oskari-heinolainen", summit.Id), d.Dump());
    }

    [Fact]
    public void ThoseSeatedAroundTheSignersAreAtTheSigning()
    {
        var d = TestArticles.Extract("""
            date 2015-09-29 BRANOVIC, Sept 29 (Wire) - Prime Minister Zoran Kovacevic of Serbia and Prime Minister Edin Hadzibegic of Bosnia signed a railway treaty at the station hall in Branovic on Tuesday.
            Around them sat Montenegrin Transport Minister Vuk Radonjic and Croatian Transport Minister Ivana Kresimirac.
            """);
        var signing = Assert.Single(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:zoran-kovacevic", m.Id));
        Assert.True(d.Has("ATTENDED", "person:vuk-radonjic", signing.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:ivana-kresimirac", signing.Id), d.Dump());
    }
}
