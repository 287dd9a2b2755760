namespace RelationsGraph.Extraction.Tests;

/// <summary>One document told several ways stays one agreement.</summary>
public class AgreementIdentityTests
{
    [Fact]
    public void TheSameSignersDatedDeclarationIsTheUndatedOneToldAgain()
    {
        var d = TestArticles.Extract("""
            date 2023-12-07 Greek Prime Minister Kyriakos Mitsotakis and Turkish President Recep Tayyip Erdogan signed a declaration in Athens.
            Ankara and Athens have quarrelled for decades over airspace and energy.
            On December 7, 2023, Mitsotakis and Erdogan signed a joint declaration that both sides called historic.
            """);
        Assert.Single(d.OfType("Agreement"));
    }

    [Fact]
    public void ACapitalisedModifierPointsToTheTitledDocument()
    {
        var d = TestArticles.Extract("""
            date 2021-11-26 French President Emmanuel Macron and Italian Prime Minister Mario Draghi signed the Quirinal Treaty in Rome on Friday.
            It was modelled on the 1963 Franco-German friendship pact.
            The Quirinal accord sets up yearly meetings of ministers.
            """);
        var quirinal = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Quirinal", StringComparison.Ordinal));
        Assert.Contains(quirinal.Aliases, a => a.Contains("Quirinal accord", StringComparison.Ordinal));
    }
}

/// <summary>A titled document named in a sentence about a meeting came out of it only if the sentence concludes it.</summary>
public class TitledDocumentProducerTests
{
    [Fact]
    public void ATitledDocumentOnlyDiscussedAtAMeetingIsNotItsProduct()
    {
        var d = TestArticles.Extract("""
            date 2018-08-12 At their summit in Aktau, Vladimir Putin and Hassan Rouhani said the sea fell outside the UN Convention on the Law of the Sea.
            """);
        var convention = Assert.Single(d.OfType("Agreement"));
        Assert.DoesNotContain(d.Relationships, r => r.Type == "PRODUCED" && r.To == convention.Id);
    }
}

/// <summary>A definite general noun names the settlement the story is about, whatever noun its title uses.</summary>
public class GeneralNounForATreatyTests
{
    [Fact]
    public void TheDealAfterATreatyAndAMinorAgreementIsTheTreaty()
    {
        var d = TestArticles.Extract("""
            date 2019-03-04 Chilean President Sebastián Piñera and Peruvian President Martín Vizcarra signed the Pacific Coast Treaty in Lima on Monday.
            Their foreign ministers also signed a customs agreement on Monday.
            The treaty sets up a joint fisheries board.
            The Pacific Coast Treaty also opens two border crossings.
            Farmers in the south said the deal gave them nothing.
            """);
        var treaty = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Pacific Coast", StringComparison.Ordinal));
        Assert.Contains(treaty.Aliases, a => a.Contains("deal", StringComparison.Ordinal));
    }
}

/// <summary>"the accord signed on Thursday" after a titled treaty of the same year: the same document under a general noun.</summary>
public class BareSettlementNounOfTheYearTests
{
    [Fact]
    public void TheAccordDatedToTheTreatysYearIsTheTreaty()
    {
        var d = TestArticles.Extract("""
            date 2024-06-14 The foreign ministers of Ghana and Togo, Kofi Abenor and Edem Kluvi, signed the Treaty of Dakpa in Lome on Thursday.
            The treaty opens the river crossing at Dakpa to lorries.
            Observers in Accra called the accord signed on Thursday a turning point for the region.
            """);
        var treaty = Assert.Single(d.OfType("Agreement"));
        Assert.Contains("Dakpa", treaty.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void TheAccordOfAnotherYearStaysApart()
    {
        var d = TestArticles.Extract("""
            date 2024-06-14 The foreign ministers of Ghana and Togo, Kofi Abenor and Edem Kluvi, signed the Treaty of Dakpa in Lome on Thursday.
            The treaty replaces the accord signed in 1998 by their predecessors.
            """);
        Assert.Equal(2, d.OfType("Agreement").Count());
    }
}
