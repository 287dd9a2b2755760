namespace RelationsGraph.Extraction.Tests;

/// <summary>A body's name: its portfolio after "of" runs to the last capitalised word; an owning country's possessive is left out.</summary>
public class OrganizationNameTests
{
    [Fact]
    public void APortfolioAfterOfRunsOverEveryCapitalisedWord()
    {
        var d = TestArticles.Extract("date 2024-06-02 The memorandum was signed at the Ministry of Mines and Energy Transition in Kinshasa.");
        Assert.Contains(d.OfType("Organization"), o => o.Name == "Ministry of Mines and Energy Transition");
        Assert.DoesNotContain(d.OfType("Organization"), o => o.Name == "Ministry of Mines");
    }

    [Fact]
    public void TheOwningCountrysPossessiveIsNoPartOfTheName()
    {
        var d = TestArticles.Extract("date 2024-06-02 A spokesperson of Ghana's Ministry of Roads and Highways said the road would open in May.");
        Assert.Contains(d.OfType("Organization"), o => o.Name == "Ministry of Roads and Highways");
        Assert.Contains(d.OfType("Country"), c => c.Id == "country:gh");
    }
}

/// <summary>Movements, fronts, authorities, guards and commands are bodies, with "and" inside their names.</summary>
public class MovementAndAuthorityTests
{
    [Fact]
    public void MovementsFrontsAuthoritiesAndCommandsAreOrganizations()
    {
        var d = TestArticles.Extract("date 2024-06-02 Delegates of the Unity and Renewal Movement, the Coastal Liberation Front and the Lake Volta Authority met in Accra.");
        Assert.Contains(d.OfType("Organization"), o => o.Name == "Unity and Renewal Movement");
        Assert.Contains(d.OfType("Organization"), o => o.Name == "Coastal Liberation Front");
        Assert.Contains(d.OfType("Organization"), o => o.Name == "Lake Volta Authority");
        Assert.DoesNotContain(d.OfType("Person"), p => p.Name.Contains("Movement") || p.Name.Contains("Front"));
    }
}
