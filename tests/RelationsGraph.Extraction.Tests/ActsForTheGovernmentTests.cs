namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "X signed for the government and Y for the rebels": a person acting for "the government" acts for the one country whose
/// government the story names; "for the Government of C" names the country itself.
/// </summary>
public class ActsForTheGovernmentTests
{
    private const string Opening = "date 2024-03-01 The Mozambican government and the rebel movement Renamo signed a peace accord in Rome on Friday after two years of talks. ";

    [Fact]
    public void ASignerOnBehalfOfTheGovernmentActsForTheStorysOnlyGovernment()
    {
        var d = TestArticles.Extract(Opening + "Interior Minister Paulo Neto signed on behalf of the government; Renamo's Jonas Sabino signed for the movement.");
        Assert.True(d.Has("REPRESENTS", "person:paulo-neto", "country:mz"), d.Dump());
        Assert.DoesNotContain(d.Relationships, r => r.Type == "REPRESENTS" && r.From == "person:jonas-sabino");
    }

    [Fact]
    public void TheGovernmentsSideOpeningTheSentenceCoversEveryNameInItsClause()
    {
        var d = TestArticles.Extract(Opening + "For the national government, chief negotiator Alberto Costa and Rui Lopes put their names to the text first.");
        Assert.True(d.Has("REPRESENTS", "person:alberto-costa", "country:mz"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:rui-lopes", "country:mz"), d.Dump());
    }

    [Fact]
    public void CallingForTheGovernmentToGoIsNoSide()
    {
        var d = TestArticles.Extract(Opening + "Opposition deputy Joao Manuel called for the government to resign.");
        Assert.DoesNotContain(d.Relationships, r => r.Type == "REPRESENTS" && r.From == "person:joao-manuel");
    }

    [Fact]
    public void TheGovernmentOfANamedCountryNamesTheSideEvenAmongSeveralGovernments()
    {
        var d = TestArticles.Extract("date 2024-03-01 The governments of Liberia and Guinea and two armed factions signed a ceasefire in Accra on Friday. " +
                                     "Lewis Harper, foreign minister, signed for the Government of Liberia, and Sekou Camara signed on behalf of the government.");
        Assert.True(d.Has("REPRESENTS", "person:lewis-harper", "country:lr"), d.Dump());
        // Two governments are named, so the bare "the government" names neither.
        Assert.DoesNotContain(d.Relationships, r => r.Type == "REPRESENTS" && r.From == "person:sekou-camara");
    }
}
