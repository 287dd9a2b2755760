namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// Signers told as the people states sent or were represented by at a signing, as members of "those who signed", and a
/// document with a long title whose signing verb follows the title.
/// </summary>
public class RepresentativesAtASigningTests
{
    private const string Signing = """
        Sahel states sign water charter

        date 2025-02-16 Six West African governments on Sunday signed the Niamey Water Charter at a ceremony in the Nigerien capital.

        Nigerien leader Abdourahamane Tiani signed for his country, alongside Mali's Assimi Goita and Burkina Faso's Ibrahim Traore.
        """;

    [Fact]
    public void TheRepresentativesStatesSentRightAfterTheSigningSigned()
    {
        var d = TestArticles.Extract(Signing + """
             Senegal, which chairs the basin authority, sent Prime Minister Ousmane Sonko. Chad was represented by Foreign Minister Abderaman Koulamallah, and Guinea by Prime Minister Amadou Oury Bah.
            """);
        var charter = Assert.Single(d.OfType("Agreement"));
        foreach (var person in new[] { "person:ousmane-sonko", "person:abderaman-koulamallah", "person:amadou-oury-bah" })
            Assert.True(d.Has("SIGNED", person, charter.Id), person + "\n" + d.Dump());
    }

    [Fact]
    public void ARepresentativeOfAGuarantorSignsNothing()
    {
        var d = TestArticles.Extract(Signing + """
             Algeria, the guarantor of the talks, was represented by Foreign Minister Ahmed Attaf.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "SIGNED" && r.From == "person:ahmed-attaf");
    }

    [Fact]
    public void ARepresentativeAfterTheWitnessesIsAWitnessToo()
    {
        var d = TestArticles.Extract(Signing + """
             Also present and looking on as witnesses were Togo's Faure Gnassingbe and Ghana's John Mahama. Benin was represented by Foreign Minister Olushegun Adjadi Bakari.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "SIGNED" && r.From == "person:olushegun-adjadi-bakari");
    }

    [Fact]
    public void ARepresentativeFarFromAnySigningSignsNothing()
    {
        var d = TestArticles.Extract(Signing + """

            The charter sets up a joint commission on the Niger river. It meets twice a year. Its secretariat sits in Niamey.

            Later in the year a donors' conference was held in Paris. Chad was represented by Foreign Minister Abderaman Koulamallah.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "SIGNED" && r.From == "person:abderaman-koulamallah");
    }

    [Fact]
    public void NamesThatWereAmongThoseWhoSignedSigned()
    {
        var d = TestArticles.Extract("""
            Ocean pact adopted in Lisbon

            date 2024-06-30 Forty states on Sunday signed the Lisbon Ocean Pact at the close of a two-day conference.

            President Marcelo Rebelo de Sousa said the pact would protect fisheries. The text also commits its parties to the UN Charter.

            Kenya's William Ruto and Chile's Gabriel Boric were among those who signed.
            """);
        var pact = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Lisbon", StringComparison.Ordinal));
        Assert.True(d.Has("SIGNED", "person:william-ruto", pact.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:gabriel-boric", pact.Id), d.Dump());
    }

    [Fact]
    public void ALongTitleDoesNotHideTheSigningVerbAfterIt()
    {
        var d = TestArticles.Extract("""
            date 2024-10-05 The Peace, Security and Cooperation Framework for the Republic of Chad and the Region was signed at the African Union headquarters on Saturday.
            """);
        var framework = Assert.Single(d.OfType("Agreement"));
        Assert.Equal(2024, framework.Year);
    }
}
