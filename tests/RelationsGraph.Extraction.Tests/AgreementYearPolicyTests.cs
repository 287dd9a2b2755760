namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// Where an agreement's year may come from (DocumentYear, TimeOfTelling, DatedNameFits): its own name, the clause that
/// makes it, the story's date for a signing told now; never a date another document or event holds.
/// </summary>
public class AgreementYearPolicyTests
{
    [Fact]
    public void ADateJoinedByOfToTheNameIsTheDocumentsYear()
    {
        var d = TestArticles.Extract("date 2024-03-05 Both sides reaffirmed the Harbour Accord of 1998 and pledged to extend it.");
        Assert.Contains(d.OfType("Agreement"), a => a.Name!.Contains("Harbour Accord") && a.Year == 1998);
    }

    [Fact]
    public void TheRelativeClauseThatMakesATitledDocumentDatesIt()
    {
        var d = TestArticles.Extract("date 2024-03-05 Officials compared it with the Lakeside Treaty that Norway signed with Sweden in 1905 and renewed at Oslo in 1990.");
        Assert.Contains(d.OfType("Agreement"), a => a.Name!.Contains("Lakeside Treaty") && a.Year == 1905);
        Assert.DoesNotContain(d.OfType("Agreement"), a => a.Year == 1990);
    }

    [Fact]
    public void AParticipleOfAnotherNounKeepsItsDateAndABareYearInTheMakingClauseCounts()
    {
        var d = TestArticles.Extract("""
            date 2024-03-05
            The package signed on Tuesday was negotiated under a "Framework for Talks" that the two ministers endorsed at their 2017 retreat in Penang.
            """);
        Assert.Contains(d.OfType("Agreement"), a => a.Name!.Contains("Framework for Talks") && a.Year == 2017);
        Assert.DoesNotContain(d.OfType("Agreement"), a => a.Name!.Contains("Framework for Talks") && a.Year == 2024);
    }

    [Fact]
    public void ADocumentAfterAnotherOnesPrepositionTakesNoDateFromTheClauseThatMakesTheOther()
    {
        var d = TestArticles.Extract("""
            date 2024-03-05
            Norwegian and Icelandic negotiators signed a protocol of amendment to their fisheries agreement on Tuesday in Reykjavik.
            """);
        Assert.DoesNotContain(d.OfType("Agreement"), a => a.Aliases.Any(x => x.Contains("fisheries agreement")) && a.Aliases.All(x => !x.Contains("protocol")) && a.Year == 2024);
    }

    [Fact]
    public void ADateOwnedByAnotherNounInACoordinatedClauseDatesNothing()
    {
        var d = TestArticles.Extract("""
            date 2024-03-05
            The last agreement the two states signed is the 1949 Truce Agreement, and the Green Line of 1967 still marks the boundary.
            """);
        Assert.DoesNotContain(d.OfType("Agreement"), a => a.Year == 1967);
    }

    [Fact]
    public void AWhereClauseHappensAtItsAntecedentsTime()
    {
        var d = TestArticles.Extract("""
            date 2025-04-10
            Kenyan President William Ruto arrived in Colombo on Thursday.
            His first trip abroad this term was to New Delhi last December, where he and Indian Prime Minister Narendra Modi adopted a joint statement on "partners for growth".
            """);
        Assert.Contains(d.OfType("Agreement"), a => a.Kind == "joint_statement" && a.Year == 2024);
        Assert.DoesNotContain(d.OfType("Agreement"), a => a.Kind == "joint_statement" && a.Year == 2025);
    }

    [Fact]
    public void ASignerNamedByTheTitleHeHeldThenIsNoSigningOfTheStorysYear()
    {
        var d = TestArticles.Extract("""
            date 2025-02-09
            The grid link opened on Sunday.
            The project began in Brussels years earlier. There, then Commission President Jean-Claude Juncker signed a political roadmap on synchronisation with Lithuanian President Dalia Grybauskaite.
            """);
        Assert.DoesNotContain(d.OfType("Agreement"), a => a.Kind == "plan" && a.Year == 2025);
    }

    [Fact]
    public void AllCapitalHeadlineWordsAreNoAgreementName()
    {
        var d = TestArticles.Extract("""
            date 2024-03-05
            KINGDOM SIGNS PEACE DEAL WITH NEIGHBOUR

            Thai Prime Minister Srettha Thavisin and Cambodian Prime Minister Hun Manet signed a peace deal in Bangkok on Tuesday.
            """);
        Assert.DoesNotContain(d.OfType("Agreement"), a => a.Name!.Contains("SIGNS", StringComparison.Ordinal) || a.Name!.Contains("KINGDOM", StringComparison.Ordinal));
    }

    [Fact]
    public void AnAppositionAfterATitledDocumentIsTheSameDocument()
    {
        var d = TestArticles.Extract("""
            date 2015-11-07
            The policy brought direct flights and, in 2010, the Coastal Trade Agreement, a trade deal signed in Busan that cut tariffs on hundreds of goods.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.Equal(2010, agreement.Year);
    }

    [Fact]
    public void ItsOwnTreatyIsAnotherDocumentWithTheYearOfItsSigning()
    {
        var d = TestArticles.Extract("""
            date 2022-03-28
            Egypt made peace with Israel in 1979 with a treaty.
            Jordan, which signed its own peace treaty with Israel in 1994, was absent.
            """);
        Assert.Contains(d.OfType("Agreement"), a => a.Year == 1979);
        Assert.Contains(d.OfType("Agreement"), a => a.Year == 1994);
    }

    [Fact]
    public void ADatedReferenceOfAnotherNounDoesNotRenameATitledDocument()
    {
        var d = TestArticles.Extract("""
            date 2015-06-06
            The two prime ministers exchanged the instruments of ratification of the Land Border Agreement on Saturday.
            Its Protocol of 2011 settled the last disputed stretches.
            """);
        Assert.DoesNotContain(d.OfType("Agreement"), a => a.Name!.Contains("Land Border Agreement") && a.Year == 2011);
    }

    [Fact]
    public void AMonthInTheNameDatesTheDocument()
    {
        var d = TestArticles.Extract("""
            date 2025-03-04
            Arab leaders adopted the Amman Declaration on Tuesday. It also calls for the full implementation of the January truce agreement between Israel and Hamas.
            """);
        Assert.Contains(d.OfType("Agreement"), a => a.Aliases.Any(x => x.Contains("truce agreement")) && a.Year == 2025);
    }

    [Fact]
    public void ADeadlineIsNoDocumentsDate()
    {
        var d = TestArticles.Extract("""
            date 2015-07-14
            That text, the "Roadmap for the Settlement of Open Questions", commits Iran to answer the agency by October 15.
            """);
        Assert.DoesNotContain(d.OfType("Agreement"), a => a.Year == 2014);
    }

    [Fact]
    public void TheDeclarationOfADatedGatheringTakesItsDate()
    {
        var d = TestArticles.Extract("""
            date 2024-09-07
            The Accra Declaration reaffirms the declaration of the previous Lagos summit in 2016.
            """);
        Assert.Contains(d.OfType("Agreement"), a => a.Year == 2016);
    }

    [Fact]
    public void ARelativeClauseWithoutItsPronounDatesTheDocument()
    {
        var d = TestArticles.Extract("""
            date 2024-09-07
            The old line was built under an agreement the three governments signed in 1967 in Dar es Salaam.
            """);
        Assert.Contains(d.OfType("Agreement"), a => a.Year == 1967);
    }

    [Fact]
    public void APersonToldInADatedSentenceDoesNotFixTheYearOfAnUndatedArticle()
    {
        var d = TestArticles.Extract("""
            French President Emmanuel Macron and Spanish Prime Minister Pedro Sanchez signed a friendship treaty in Barcelona on Thursday.
            French Foreign Minister Catherine Colonna attended the ceremony.
            Diplomats compared it with the Quirinal Treaty that Macron signed with Italy's Mario Draghi in Rome in November 2021.
            """);
        Assert.DoesNotContain(d.OfType("Agreement"), a => a.Year == 2022);
        Assert.Contains(d.OfType("Agreement"), a => a.Name!.Contains("Quirinal") && a.Year == 2021);
    }

    [Fact]
    public void ARelativeClauseWhoseOwnVerbIsAnotherOneDoesNotDateTheDocument()
    {
        var d = TestArticles.Extract("""
            date 2018-01-18
            The two governments also issued a declaration on defence cooperation that recalled the Windsor treaties signed in 2010.
            """);
        Assert.DoesNotContain(d.OfType("Agreement"), a => a.Kind == "declaration" && a.Year == 2010);
    }

    [Fact]
    public void ANewTitleDoesNotNameADocumentOfAnotherYear()
    {
        var d = TestArticles.Extract("""
            date 2015-06-06
            The Protocol was signed in Dhaka in September 2011 by the two foreign ministers.
            On Saturday the renewed Protocol on River Transit and Trade was signed by the shipping secretaries.
            """);
        Assert.DoesNotContain(d.OfType("Agreement"), a => a.Name!.Contains("River Transit") && a.Year == 2011);
    }

    [Fact]
    public void AHyphenatedWordStaysInTheTitle()
    {
        var d = TestArticles.Extract("""
            date 2015-07-14
            Tehran says it remains bound by the 1968 Treaty on the Non-Proliferation of Nuclear Weapons.
            """);
        Assert.Contains(d.OfType("Agreement"), a => a.Name!.Contains("Non-Proliferation of Nuclear Weapons"));
    }
}
