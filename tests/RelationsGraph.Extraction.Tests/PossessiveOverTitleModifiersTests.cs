namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A country's possessive owns the office even across words the name reader does not carry: lower-case modifiers
/// ("Zambia's acting President X") and a military portfolio whose last word is an organization suffix ("Armed Forces").
/// </summary>
public class PossessiveOverTitleModifiersTests
{
    private const string Lead = "date 2024-05-06 Regional leaders met in Gaborone on Monday for talks on the drought. ";

    [Fact]
    public void AnActingPresidentBelongsToThePossessiveCountry()
    {
        var d = TestArticles.Extract(Lead + "Malawi's acting President Peter Banda told reporters the talks had gone well.");
        Assert.True(d.Has("REPRESENTS", "person:peter-banda", "country:mw"), d.Dump());
    }

    [Fact]
    public void AnArmedForcesMinisterIsATitleNotABody()
    {
        var d = TestArticles.Extract(Lead + "Spain's Armed Forces Minister Clara Ruiz Ortega also attended.");
        Assert.True(d.Has("REPRESENTS", "person:clara-ruiz-ortega", "country:es"), d.Dump());
        Assert.DoesNotContain(d.Entities, e => e.Id == "organization:armed-forces");
    }

    [Fact]
    public void AnAssemblyChairmanKeepsTheAssembly()
    {
        var d = TestArticles.Extract(Lead + "He later met National Assembly Chairman Tomas Okello.");
        Assert.DoesNotContain(d.Entities, e => e.Id == "person:national-assembly");
    }

    [Fact]
    public void AHyphenedTitleAfterThenKeepsThePossessiveCountry()
    {
        var d = TestArticles.Extract(Lead + "The 2009 protocol was signed by Joseph Lual and Malawi's then Vice-President Grace Mbewe.");
        Assert.True(d.Has("REPRESENTS", "person:grace-mbewe", "country:mw"), d.Dump());
    }
}
