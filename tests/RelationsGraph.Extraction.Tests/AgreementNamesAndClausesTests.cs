namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// One document under a title with and without its owner's prefix, a section heading that names the document told
/// before, and a coordinated clause that carries its own date.
/// </summary>
public class AgreementNamesAndClausesTests
{
    [Fact]
    public void ATitleWithoutItsOwnersPrefixIsTheSameDocument()
    {
        var d = TestArticles.Extract("""
            date 2023-05-10 The Andean leaders met in Quito on Wednesday and adopted the CAN Framework Agreement on Water Security.

            Foreign ministers of the four member states signed the Framework Agreement on Water Security at the closing session.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Water Security"));
        Assert.Contains("CAN", agreement.Name);
    }

    [Fact]
    public void ABareGeneralTitleIsNotTakenForAPrefixedOne()
    {
        Assert.False(Agreements.AgreementClusterer.QualifiedTitle("Nordic Joint Declaration", "Joint Declaration"));
        Assert.True(Agreements.AgreementClusterer.QualifiedTitle("Nordic Treaty on Fisheries Access", "Treaty on Fisheries Access"));
        Assert.False(Agreements.AgreementClusterer.QualifiedTitle("Treaty on Fisheries Access", "Treaty on Fisheries Access in the Baltic"));
    }

    [Fact]
    public void ATitleWithoutItsLeadingSidesIsTheSameDocument()
    {
        var d = TestArticles.Extract("""
            date 2021-09-14 Presidents Amaru Quispe and Tomas Ferreyra signed the Bolivia-Paraguay Riverside Treaty in Asuncion on Tuesday.

            The Riverside Treaty replaces a patchwork of older fishing rules on the shared river.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Riverside"));
        Assert.Contains("Bolivia", agreement.Name);
    }

    [Fact]
    public void OnlyLeadingNamesMayBeDroppedFromATitle()
    {
        Assert.True(Agreements.TitleWithoutItsPrefix.Names("Marlow-Tessin Friendship Treaty", "Friendship Treaty"));
        Assert.True(Agreements.TitleWithoutItsPrefix.Names("Lakeport Declaration of Principles", "Declaration of Principles"));
        Assert.True(Agreements.TitleWithoutItsPrefix.Names("UK-Republic of Korea Harbour Accord", "Harbour Accord"));
        Assert.False(Agreements.TitleWithoutItsPrefix.Names("Nordic Joint Declaration", "Joint Declaration"));
        Assert.False(Agreements.TitleWithoutItsPrefix.Names("Additional Protocol to the Harbour Accord", "Harbour Accord"));
        Assert.False(Agreements.TitleWithoutItsPrefix.Names("Lakeport Peace Agreement", "Peace Agreement"));
    }

    [Fact]
    public void TheDocumentNamesTheDeclarationJustSignedNotAPlannedAgreement()
    {
        var d = TestArticles.Extract("""
            date 2022-03-05 Envoys of Varnia and the Ostrel Front signed a Declaration of Principles in Lakeport on Friday, committing both sides to talks on a comprehensive peace agreement.

            The document was signed by Anton Belisk for the government and Mira Kovan for the front.
            """);
        var declaration = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Principles"));
        Assert.True(d.Has("SIGNED", "person:anton-belisk", declaration.Id), d.Dump());
    }

    [Fact]
    public void ASectionHeadingNamesTheDocumentToldBefore()
    {
        var d = TestArticles.Extract("""
            date 2023-05-10 Andean summit closes in Quito

            The Andean leaders met in Quito on Wednesday and adopted the Framework Agreement on Water Security and the Quito Declaration.

            The summit also heard reports from the secretariat.

            Water agreement signed

            Foreign ministers of the four member states signed the framework at the closing session.
            """);
        Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Water Security"));
        Assert.Equal(2, d.OfType("Agreement").Count());
    }

    [Fact]
    public void ACoordinatedClauseWithItsOwnDateDatesTheDocument()
    {
        var d = TestArticles.Extract("""
            date 2024-02-01 President Gustavo Petro of Colombia spoke with Prime Minister Mark Rutte of the Netherlands by phone on Thursday.

            The two countries opened embassies in March 1950, and in June 2011 the two governments signed a Treaty on Maritime Cooperation in The Hague.
            """);
        var treaty = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Maritime Cooperation"));
        Assert.Equal(2011, treaty.Year);
    }

    [Fact]
    public void ACoordinatedClauseWithoutADateSharesTheEarlierOne()
    {
        var d = TestArticles.Extract("""
            date 2024-02-01 Chilean Foreign Minister Alberto van Klaveren held talks with Argentine Foreign Minister Diana Mondino in Santiago.

            The two ministers met again in March 2023, and they signed a memorandum on border crossings.
            """);
        var memorandum = Assert.Single(d.OfType("Agreement"));
        Assert.Equal(2023, memorandum.Year);
    }
}

/// <summary>An en dash set close between two names is part of a title, as a hyphen is.</summary>
public class TitleWithEnDashTests
{
    [Fact]
    public void AClosedUpEnDashJoinsTheSidesInTheTitle()
    {
        var d = TestArticles.Extract("""
            date 2022-09-14 Prime Minister Robert Abela of Malta and President Kais Saied of Tunisia signed the Malta–Tunisia Fisheries Treaty in Valletta on Wednesday.

            The Malta-Tunisia Fisheries Treaty opens both coasts to the other's boats.
            """);
        var treaty = Assert.Single(d.OfType("Agreement"));
        Assert.Contains("Malta", treaty.Name);
    }

    [Fact]
    public void ASpacedDashIsPunctuation()
    {
        var d = TestArticles.Extract("""
            date 2022-09-14 Prime Minister Robert Abela of Malta and President Kais Saied of Tunisia met in Valletta – Fisheries Treaty talks went on all day.
            """);
        Assert.DoesNotContain(d.OfType("Agreement"), a => a.Name.Contains("Valletta"));
    }
}
