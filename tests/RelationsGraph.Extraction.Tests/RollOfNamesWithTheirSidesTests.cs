namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "A of Tonga; B of Niue; and C of Fiji", "A for Norway, B for Chile": a roll of delegates, leaders or signatories writes
/// each name with the side it is there for; a full name in such a roll beside a person is a person too.
/// </summary>
public class RollOfNamesWithTheirSidesTests
{
    private const string Opening = "date 2024-03-12 Island leaders gathered for a two-day forum on fisheries at a seaside resort on Tuesday. ";

    [Fact]
    public void TheLastNameOfASemicolonRollIsAPerson()
    {
        // Fails with OnlyASideAndListWords off: the last name of the roll has nothing but its neighbours to show it is a person.
        var d = TestArticles.Extract(Opening + "Seated at the table were Prime Minister Henry Tavita of Tonga; Toke Malaefa of Niue; Kalani Oruvu of Fiji; and Sione Leiataua of Samoa.");
        Assert.Contains(d.Entities, e => e.Id == "person:sione-leiataua");
    }

    [Fact]
    public void ANameAfterAnotherListedForItsCountryIsAPerson()
    {
        // Guard (passes either way: the side after "for" already makes the name a person); keeps the roll reading from breaking it.
        var d = TestArticles.Extract(Opening + "The final text was initialled by Foreign Minister Paulo Mendes for Portugal and Ingvild Draumstad for Norway.");
        Assert.Contains(d.Entities, e => e.Id == "person:ingvild-draumstad");
    }

    [Fact]
    public void ATitleInAppositionBeforeAPersonIsNoName()
    {
        // Guard (passes either way): a comma alone after "Envoy for X" is an apposition, not a roll's break.
        var d = TestArticles.Extract(Opening + "The talks ran under the eye of the regional Special Envoy for Fiji, Mateo Rabukawaqa, who chaired them.");
        Assert.DoesNotContain(d.Entities, e => e.Type == "Person" && e.Name.Contains("Special Envoy"));
    }
}
