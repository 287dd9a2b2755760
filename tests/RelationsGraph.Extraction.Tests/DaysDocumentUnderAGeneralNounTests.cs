namespace RelationsGraph.Extraction.Tests;

/// <summary>The day's one document, also called by a general noun of settlement (see DaysDocumentUnderAGeneralNoun).</summary>
public class DaysDocumentUnderAGeneralNounTests
{
    [Fact]
    public void ABarePactBesideTheDaysTreatyIsThatTreaty()
    {
        var d = Osterholm("Ruritania and Vestria sign Osterholm Treaty, leaders hail 'historic' pact", ", pledging closer ties on rail and energy.", "The treaty commits both governments to yearly consultations.");
        var agreements = d.OfType("Agreement").ToList();
        Assert.True(agreements.Count == 1, d.Dump());
        Assert.Contains("Osterholm", agreements[0].Name);
    }

    [Fact]
    public void AnAgreementExpectedOnTheEveIsTheDeclarationSignedThatDay()
    {
        var d = TestArticles.Extract("date 2031-09-02 " + """
            Three ministers sign Varnholm declaration

            VARNHOLM, Sept 2 - The foreign ministers of Ruritania, Vestria and Nordmark signed a joint declaration on Tuesday after two days of talks in Varnholm.

            On Monday evening Vestria's Foreign Minister Tomas Helvik flew in, telling reporters that an agreement looked likely.

            The declaration opens the river to the ships of all three states.
            """);
        Assert.True(d.OfType("Agreement").Count() == 1, d.Dump());
    }

    [Fact]
    public void AnIndefinitePactInAppositionIsTheTreatyItDescribes()
    {
        var d = Osterholm("Ruritania and Vestria sign Osterholm Treaty", ", an ambitious bilateral pact that ties the two rail networks together.", "The treaty commits both governments to yearly consultations.");
        var agreements = d.OfType("Agreement").ToList();
        Assert.True(agreements.Count == 1, d.Dump());
        Assert.Contains("Osterholm", agreements[0].Name);
    }

    [Fact]
    public void APactTheTreatyReplacesStaysApart()
    {
        var d = Osterholm("Ruritania and Vestria sign Osterholm Treaty", ", which replaces a pact.", "The treaty commits both governments to yearly consultations.");
        Assert.True(d.OfType("Agreement").Count() == 2, d.Dump());
    }

    [Fact]
    public void PartiesNamesBeforeAnAgreementNameNoOtherDocument()
    {
        var d = Osterholm("Ruritania and Vestria sign Osterholm Treaty", ", pledging closer ties on rail and energy.", "Helvik had said on Sunday that a Ruritanian-Vestrian agreement was within reach.");
        var agreements = d.OfType("Agreement").ToList();
        Assert.True(agreements.Count == 1, d.Dump());
        Assert.Contains("Osterholm", agreements[0].Name);
    }

    [Fact]
    public void APactCalledAfterAnotherNameStaysApart()
    {
        var d = Osterholm("Ruritania and Vestria sign Osterholm Treaty", ", pledging closer ties on rail and energy.", "Helvik had said on Sunday that a Ruritanian-Vestrian pact was within reach.");
        Assert.True(d.OfType("Agreement").Count() == 2, d.Dump());
    }

    [Fact]
    public void ADeclarationSignedByFewerLeadersStaysApartFromTheirAgreement()
    {
        var d = TestArticles.Extract("date 2031-09-30 " + """
            Four leaders sign agreement in Kallmar

            KALLMAR, Sept 30 - Ruritania's Prime Minister Ola Brekkestad, Vestria's Chancellor Tomas Helvik, Nordmark's President Aurel Dansk and Ostland's Premier Ivo Marek signed an agreement in Kallmar on Monday that settles the fate of the border valley.

            On Tuesday Brekkestad and Helvik alone signed a short declaration pledging lasting friendship between their peoples.
            """);
        Assert.True(d.OfType("Agreement").Count() == 2, d.Dump());
        Assert.False(d.Relationships.Any(r => r.Type == "SIGNED" && r.From == "person:aurel-dansk" && r.To.Contains("declaration")), d.Dump());
    }

    /// <summary>
    /// The one Osterholm signing story: its headline, what follows "signed the Osterholm Treaty on Monday" in the lead, and
    /// the closing sentence vary from test to test.
    /// </summary>
    private static Model.ExtractionDocument Osterholm(string headline, string leadRest, string closing) =>
        TestArticles.Extract("date 2031-05-12 " + headline + "\n\n" +
            "OSTERHOLM, May 12 - Ruritania's Prime Minister Ola Brekkestad and Vestria's Chancellor Tomas Helvik signed the Osterholm Treaty on Monday" +
            leadRest + "\n\n" + closing);
}
