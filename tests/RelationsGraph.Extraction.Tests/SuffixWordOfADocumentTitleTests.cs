namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "the Visiting Forces Agreement", "the EU-Paraguay Association Agreement": a word that would end a body's name, run straight
/// into a document noun, is a word of the document's title, not a body (SuffixWordOfADocumentTitle).
/// </summary>
public class SuffixWordOfADocumentTitleTests
{
    private const string Opening = "date 2023-05-09 Officials from Chile and Peru met in Lima on Tuesday to discuss border patrols. ";

    [Fact]
    public void ASuffixWordBeforeATreatyNounNamesNoBody()
    {
        var d = TestArticles.Extract(Opening + "Peruvian sailors train in Chile under the 2011 Coastal Forces Agreement, which both navies want to widen.");
        Assert.DoesNotContain(d.OfType("Organization"), e => e.Name.Contains("Coastal Forces"));
    }

    [Fact]
    public void TheCountryOfAnAssociationAgreementStaysACountryAndASide()
    {
        var d = TestArticles.Extract("""
            date 2023-05-09 Paraguayan Foreign Minister Rosa Benitez met European Commission officials in Asuncion on Tuesday.
            The council of the two sides dates from the 2004 EU-Paraguay Association Agreement.
            """);
        Assert.DoesNotContain(d.OfType("Organization"), e => e.Name.Contains("Paraguay Association"));
        var agreement = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Association Agreement"));
        Assert.True(d.Has("PARTY_TO", "country:py", agreement.Id), d.Dump());
    }

    [Fact]
    public void ABodyWhoseNameEndsInItsSuffixIsStillABody()
    {
        var d = TestArticles.Extract(Opening + "Leaders of the Tarvic Farmers Union said on Wednesday that the border should stay open.");
        Assert.Contains("Tarvic Farmers Union", d.OfType("Organization").Select(e => e.Name));
    }
}
