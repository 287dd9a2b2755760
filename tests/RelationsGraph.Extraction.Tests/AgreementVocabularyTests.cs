namespace RelationsGraph.Extraction.Tests;

/// <summary>Words that name documents beyond "agreement" and "treaty", and titles read whole.</summary>
public class AgreementVocabularyTests
{
    [Fact]
    public void AnMouIsAMemorandum()
    {
        var d = TestArticles.Extract("date 2024-03-02 Norway and Chile signed an MoU on salmon farming research on Saturday.");
        var mou = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("PARTY_TO", "country:no", mou.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:cl", mou.Id), d.Dump());
    }

    [Fact]
    public void AFinalCommuniqueIsAJointStatement()
    {
        var d = TestArticles.Extract("date 2023-06-10 The ministers of Peru and Ecuador adopted a final communiqué at the end of their talks in Quito.");
        var communique = Assert.Single(d.OfType("Agreement"));
        Assert.Equal("joint_statement", communique.Kind);
    }

    [Fact]
    public void ATitledConventionIsADocumentButAConventionCentreIsNot()
    {
        var d = TestArticles.Extract("""
            date 2019-05-04 The leaders of Chile and Peru met at the Lima Convention Centre on Saturday.
            Both governments said they remained bound by the Convention on Fisheries Cooperation in the Pacific.
            """);
        var convention = Assert.Single(d.OfType("Agreement"));
        Assert.Contains("Convention", convention.Name);
    }

    [Fact]
    public void ALowerCaseCharterOrConventionNamesNothing()
    {
        var d = TestArticles.Extract("date 2019-05-04 Delegates from Chile and Peru flew in on a charter and attended a party convention in Lima.");
        Assert.Empty(d.OfType("Agreement"));
    }

    [Fact]
    public void ALongTitleKeepsTheYearWrittenBeforeIt()
    {
        var d = TestArticles.Extract("date 2024-04-22 A court ruled in 2023 that the buyer had breached the 1973 Norway-Sweden Timber Haulage Rail Agreement by rerouting freight.");
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.Equal(1973, agreement.Year);
    }
}

/// <summary>A signing told with another year than the story's does not date a document to the story's year.</summary>
public class RecalledSigningYearTests
{
    [Fact]
    public void ATitledDocumentSignedInASentenceOfAnotherYearIsNotGivenTheStorysYear()
    {
        var d = TestArticles.Extract("""
            date 2025-04-09 Panama and the United States held talks in Panama City on Wednesday.
            Older officials still quote the Neutrality Treaty that Presidents Jimmy Carter and Omar Torrijos signed in 1977 along with the Canal Zone Transfer Treaty.
            """);
        var transfer = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Transfer", StringComparison.Ordinal));
        Assert.NotEqual(2025, transfer.Year);
    }
}

/// <summary>Countries named where a document is only referred back to are no firm sides of it.</summary>
public class PartiesInPassingTests
{
    [Fact]
    public void ACountryBesideAReferenceBackIsNoPartyWhenTheSidesAreKnown()
    {
        var d = TestArticles.Extract("""
            date 2023-03-10 Saudi Arabia and Iran signed an agreement in Beijing on Friday to restore relations.
            Analysts said the accord's real test would be Yemen, where the war has dragged on since 2015.
            """);
        var accord = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("PARTY_TO", "country:sa", accord.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:ye", accord.Id), d.Dump());
    }

    [Fact]
    public void AReferenceBackStillGivesTheSidesWhenNothingElseDoes()
    {
        var d = TestArticles.Extract("""
            date 2023-03-10 The agreement was signed on Friday.
            Under the agreement, Chile and Peru will share the data.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("PARTY_TO", "country:cl", agreement.Id), d.Dump());
    }
}

/// <summary>The country of someone who comments on a document, introduced with title and name, is not bound by it.</summary>
public class CommentatorCountryTests
{
    [Fact]
    public void ATitledCommentatorsCountryIsNoParty()
    {
        var d = TestArticles.Extract("""
            date 2023-12-07 US Secretary of State Antony Blinken said Australia and Papua New Guinea had signed a security agreement in Canberra on Thursday.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("PARTY_TO", "country:au", agreement.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:us", agreement.Id), d.Dump());
    }
}

/// <summary>A clause after a full title dates the titled document.</summary>
public class TitleClauseYearTests
{
    [Fact]
    public void AClauseAfterTheTitlesTopicDatesTheDocument()
    {
        var d = TestArticles.Extract("""
            date 2021-04-11 The pipeline rests on the Intergovernmental Agreement on the Lake Pipeline which President Ruto and President Hassan signed in May 2017.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.Equal(2017, agreement.Year);
    }

    [Fact]
    public void AnEndorsedFrameworkTakesTheYearOfItsEndorsement()
    {
        var d = TestArticles.Extract("""
            date 2022-01-25 The package was negotiated under a "Framework for Discussions" that the two leaders endorsed in March 2019 at their retreat.
            """);
        var framework = Assert.Single(d.OfType("Agreement"));
        Assert.Equal(2019, framework.Year);
    }
}

/// <summary>A nationality word naming a language or a press is no party.</summary>
public class LanguageDemonymTests
{
    [Fact]
    public void TheSpanishTextOfAMemorandumBindsNoSpain()
    {
        var d = TestArticles.Extract("""
            date 2025-04-09 Panama and the United States signed a memorandum on security on Wednesday, and Panama published the Spanish text of the memorandum within hours.
            """);
        var memorandum = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("PARTY_TO", "country:pa", memorandum.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:es", memorandum.Id), d.Dump());
    }
}
