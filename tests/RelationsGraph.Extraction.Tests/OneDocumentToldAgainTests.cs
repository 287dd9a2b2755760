namespace RelationsGraph.Extraction.Tests;

/// <summary>The story's document told again with another general noun, or from the headline, is one document.</summary>
public class OneDocumentToldAgainTests
{
    [Fact]
    public void TheBodysFirstConcludedReferenceIsTheHeadlinesDocument()
    {
        var d = TestArticles.Extract("""
            Chile and Argentina settle glacier dispute in Vatican-brokered deal

            date 2024-05-14 The foreign ministers of Chile and Argentina reached an agreement on the shared glacier fields after three days of talks.
            """);
        Assert.Single(d.OfType("Agreement"));
    }

    [Fact]
    public void ADatedDealIsTheTitledAgreementOfTheStory()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 Rivals sign Tana Peace Agreement

            The government and the eastern rebels signed a comprehensive peace deal in Bahir Dar on Saturday, 14 May 2024, after a year of talks.
            """);
        Assert.Single(d.OfType("Agreement"));
    }
}

/// <summary>What a declaration is about and whom it binds, given after "of" and "between".</summary>
public class DeclarationSubjectTests
{
    [Fact]
    public void ADeclarationOfABareNounHasThatSubjectAndTheSidesAfterIt()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 The two delegations signed a declaration of friendship and trade between Chile and Argentina in Santiago on Tuesday.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.Contains("of friendship", agreement.Name);
        Assert.True(d.Has("PARTY_TO", "country:cl", agreement.Id));
        Assert.True(d.Has("PARTY_TO", "country:ar", agreement.Id));
    }

    [Fact]
    public void TheDeclarationOfTheSummitHasNoSubject()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 Leaders of Chile and Argentina adopted the declaration of the summit in Santiago on Tuesday.
            """);
        Assert.DoesNotContain(d.OfType("Agreement"), a => a.Name.Contains("of the summit"));
    }

    [Fact]
    public void TheSoCalledXIsAnotherNameOfTheDocumentTold()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 Chile and Argentina signed the Treaty on the Joint Administration of the Beagle Channel Islands in 1984.

            In their speeches the two ministers praised what diplomats know as the so-called Beagle Treaty.
            """);
        Assert.Single(d.OfType("Agreement"));
    }
}

/// <summary>A demonstrative points back: a date in its clause makes no document of its own.</summary>
public class DemonstrativeReferenceTests
{
    [Fact]
    public void ThatAgreementWithADateOfAnotherActIsNoNewDocument()
    {
        var d = TestArticles.Extract("""
            date 2016-03-10 Canadian Prime Minister Justin Trudeau and US President Barack Obama issued a joint statement on methane on Thursday.

            The statement builds on the Paris Agreement reached in December, and both countries pledged to sign that agreement this year.
            """);
        Assert.Equal(2, d.OfType("Agreement").Count());
    }
}
