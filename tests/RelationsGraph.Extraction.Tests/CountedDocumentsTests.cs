namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "A and B signed two agreements. The first document, the X, ... The second, the Y, ...": the signers of a counted plural
/// signed each document the story then enumerates by an ordinal (see CountedDocuments).
/// </summary>
public class CountedDocumentsTests
{
    [Fact]
    public void TheSignersOfACountedPluralSignedEachDocumentEnumeratedAfterIt()
    {
        var d = TestArticles.Extract("""
            VALDORA, May 26 (Wire) - President Tomas Ferro and Ilse Marov, the premier of Corva, signed two agreements in the capital on Friday that set a ceiling on tariffs.

            The first document, the Treaty on Tariff Limits, caps duties at five percent. The second, the Protocol on Customs Cooperation, sets up a joint commission.
            """);
        Assert.Equal(2, d.OfType("Agreement").Count());
        foreach (var agreement in d.OfType("Agreement"))
            foreach (var person in new[] { "person:tomas-ferro", "person:ilse-marov" })
                Assert.True(d.Has("SIGNED", person, agreement.Id), $"{person} {agreement.Id}\n" + d.Dump());
    }

    [Fact]
    public void AnItemDescribedFirstAndFormallyNamedAfterIsEnumeratedToo()
    {
        var d = TestArticles.Extract("""
            BRELIN, Oct 9 (Wire) - Prime Minister Oskar Vane and President Lena Dorsk of Tavaria signed two treaties in Brelin on Monday.

            The first document, the Treaty on Border Rivers, shares the water of the Osel. The second, broader text, formally the Agreement relating to Coastal Rail/Road Services, opens a line between the capitals.
            """);
        Assert.Equal(2, d.OfType("Agreement").Count());
        Assert.Contains(d.OfType("Agreement"), a => a.Id.Contains("relating-to-coastal-rail"));
        foreach (var agreement in d.OfType("Agreement"))
            foreach (var person in new[] { "person:oskar-vane", "person:lena-dorsk" })
                Assert.True(d.Has("SIGNED", person, agreement.Id), $"{person} {agreement.Id}\n" + d.Dump());
    }

    [Fact]
    public void TwoTitlesThatDifferOnlyInThePlaceOfTheirSubjectAreTwoDocuments()
    {
        var d = TestArticles.Extract("""
            OSEL, Feb 4 (Wire) - The foreign ministers of Tavaria and Corva signed the Treaty relating to the Fishing Zones of the Sea in the Northern Gulf and the Treaty relating to the Fishing Zones of the Sea in the Osel Strait in the Marble Palace on Tuesday.
            """);
        Assert.Equal(2, d.OfType("Agreement").Count());
        Assert.DoesNotContain(d.OfType("Agreement"), a => a.Id.Contains("palace"));
    }

    [Fact]
    public void AnItemOpenedByAnOrdinalIsADocumentOfItsOwnThoughDefinite()
    {
        var d = TestArticles.Extract("""
            date 2024-03-02 The four leaders signed the Treaty of Harbour Cooperation at Port Selin on Saturday.

            A second text, the agreement establishing a shared pilot service, was signed that same afternoon by the four transport ministers.
            """);
        Assert.Equal(2, d.OfType("Agreement").Count());
    }

    [Fact]
    public void ACountedPluralSignedLongAgoSignsNoneOfTheStorysDocuments()
    {
        var d = TestArticles.Extract("""
            date 2010-04-21 Presidents Ivo Danek and Mirko Salo signed the Harbour Lease Accord in Velm on Wednesday.

            In 1997 the prime ministers, Anton Berg and Petr Holm, signed three agreements in Osk dividing the old fleet.
            """);
        var accord = Assert.Single(d.OfType("Agreement"), a => a.Id.Contains("harbour-lease"));
        Assert.False(d.Has("SIGNED", "person:anton-berg", accord.Id), d.Dump());
        Assert.False(d.Has("SIGNED", "person:petr-holm", accord.Id), d.Dump());
    }
    [Fact]
    public void ANominalSigningOfACountedPluralByARollSignsEachDocumentEnumeratedAfterIt()
    {
        var d = TestArticles.Extract("""
            MERENA, June 3 (Wire) - The summit closed on Thursday with the signing of two texts by the three leaders: President Aldo Vrana of Kestia, President Mira Tolk of Dunmar and Prime Minister Jonas Reth of Salvia.

            The first, the Treaty on River Navigation, opens the upper river to shipping. The second, the Declaration of Merena, sets out a plan for joint patrols.
            """);
        Assert.Equal(2, d.OfType("Agreement").Count());
        foreach (var agreement in d.OfType("Agreement"))
            foreach (var person in new[] { "person:aldo-vrana", "person:mira-tolk", "person:jonas-reth" })
                Assert.True(d.Has("SIGNED", person, agreement.Id), $"{person} {agreement.Id}\n" + d.Dump());
    }

    [Fact]
    public void ASigningOfACountedPluralWithNoAgentSignsNothing()
    {
        var d = TestArticles.Extract("""
            MERENA, June 3 (Wire) - President Aldo Vrana of Kestia watched the signing of two documents in the hall on Thursday.

            The first, the Treaty on River Navigation, opens the upper river to shipping. The second, the Declaration of Merena, sets out a plan for joint patrols.
            """);
        foreach (var agreement in d.OfType("Agreement"))
            Assert.False(d.Has("SIGNED", "person:aldo-vrana", agreement.Id), d.Dump());
    }
}
