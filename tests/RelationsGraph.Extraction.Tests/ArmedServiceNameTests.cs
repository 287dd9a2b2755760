namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// An armed service or unit named by its service noun ("the Kessel Liberation Army", "the Royal Marines") is an organization,
/// never a person; a service noun right before a rank ("Army General X") qualifies the officer's rank (ServiceBeforeARank).
/// </summary>
public class ArmedServiceNameTests
{
    private const string Opening = "date 2023-05-09 Officials from Chile and Peru met in Lima on Tuesday to discuss border patrols. ";

    [Fact]
    public void AnArmyNamedByItsServiceNounIsAnOrganization()
    {
        var d = TestArticles.Extract(Opening + "Fighters of the Tarvic Liberation Army said they would lay down their arms.");
        Assert.Contains("Tarvic Liberation Army", d.OfType("Organization").Select(e => e.Name));
    }

    [Fact]
    public void MarinesTrainingBesideTroopsAreNoPerson()
    {
        var d = TestArticles.Extract(Opening + "At the Orvel naval base, Peruvian sailors trained alongside the Royal Marines on Wednesday.");
        Assert.Contains("Royal Marines", d.OfType("Organization").Select(e => e.Name));
        Assert.DoesNotContain(d.OfType("Person"), e => e.Name.Contains("Marines"));
    }

    [Fact]
    public void AServiceNounBeforeARankKeepsTheOfficerAPerson()
    {
        var d = TestArticles.Extract(Opening + "The patrol accord was signed by Peruvian Defence Minister Rosa Quispe and Army General Hector Valdivia, chief of the joint staff.");
        Assert.Contains(d.OfType("Person"), e => e.Name == "Rosa Quispe");
        Assert.DoesNotContain(d.OfType("Organization"), e => e.Name.Contains("Army"));
    }

    [Fact]
    public void AServiceNounBeforeAnotherWordOfTheNameClosesNoBody()
    {
        var d = TestArticles.Extract(Opening + "The two delegations toured the Tarvel Navy Yard on Wednesday afternoon.");
        Assert.DoesNotContain(d.OfType("Organization"), e => e.Name == "Tarvel Navy");
    }
}
