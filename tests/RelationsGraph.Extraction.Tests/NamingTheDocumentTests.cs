namespace RelationsGraph.Extraction.Tests;

/// <summary>Another name given to the document under discussion, by a naming verb or by an apposition with a relative clause of its own.</summary>
public class NamingTheDocumentTests
{
    [Fact]
    public void CallingTheDocumentByATitleNamesIt()
    {
        var d = TestArticles.Extract("""
            date 2010-05-12 Negotiators in Lisbon approved the River Basin Charter on Wednesday.
            Officials in Madrid prefer to call the document the Tagus Accord.
            """);
        var charter = Assert.Single(d.OfType("Agreement"));
        Assert.Contains(charter.Aliases, a => a.Contains("Tagus Accord", StringComparison.Ordinal));
    }

    [Fact]
    public void ADistinctPactInAppositionDescribesTheTitledDocumentBeforeIt()
    {
        var d = TestArticles.Extract("""
            date 2010-05-12 Portuguese Prime Minister José Sócrates and Spanish Prime Minister José Luis Rodríguez Zapatero met in Lisbon on Wednesday.
            The two leaders signed the Iberian Water Agreement, a distinct pact binding both capitals that supersedes the Albufeira Convention of 1998.
            """);
        var water = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Iberian Water", StringComparison.Ordinal));
        Assert.Contains(water.Aliases, a => a.Contains("distinct pact", StringComparison.Ordinal));
        Assert.Equal(2, d.OfType("Agreement").Count());
    }
}

/// <summary>A title dated to another year than the story's is a recalled document, never the undated one the story reports made.</summary>
public class DatedRecallOfASimilarTitleTests
{
    [Fact]
    public void ADatedTitleSharingWordsWithTodaysDeclarationIsAnotherDocument()
    {
        var d = TestArticles.Extract("""
            Regional Digest

            Issue 12 · 4 November 2002

            1.
            Pacific states sign Coral Sea declaration

            After three years of haggling, foreign ministers of Australia, Papua New Guinea and the Solomon Islands signed a Coral Sea declaration.
            The document recalls the 1992 Honiara Declaration on the Coral Sea, adopted by ministers in Honiara.
            """);
        var recalled = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Honiara", StringComparison.Ordinal));
        Assert.DoesNotContain(recalled.Aliases, a => a.Contains("Coral Sea declaration", StringComparison.Ordinal));
    }
}

/// <summary>A document that is the object of talks is not yet made, however long its title.</summary>
public class TalksOnATitledDocumentTests
{
    [Fact]
    public void TalksOnATitledAgreementMakeNothingAtTheSummit()
    {
        var d = TestArticles.Extract("""
            date 2013-04-20 Leaders of the bloc will decide in June whether to start talks on a Free Trade and Investment Agreement with Kosovo.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "PRODUCED");
    }
}

/// <summary>"carries the formal title X": a title noun right before a name gives the document under discussion that name.</summary>
public class TheTitleNounNamesTheDocumentTests
{
    [Fact]
    public void TheFormalTitleNamesTheDocumentDescribedBefore()
    {
        var d = TestArticles.Extract("""
            date 2013-04-19 Serbian Prime Minister Ivica Dačić and Kosovo Prime Minister Hashim Thaçi initialled an agreement on border crossings in Brussels on Friday.
            The document carries the formal title "Second Agreement of Principles Governing Border Management".
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.Contains(agreement.Aliases, a => a.Contains("Second Agreement", StringComparison.Ordinal));
    }
}

/// <summary>"the Protocol Amending the X Agreement": a title's participle takes its object into the title.</summary>
public class TitleParticipleTests
{
    [Fact]
    public void AnAmendingProtocolIsTheDocumentARenamingNamesAgain()
    {
        var d = TestArticles.Extract("""
            date 1996-03-10 The presidents of Bolivia and Peru signed a protocol in Lima on Sunday.
            The text, officially the Protocol Amending the Lima Transit Agreement and already known among diplomats as the Pacific Protocol, was signed by Peruvian President Alberto Fujimori and Bolivian President Gonzalo Sanchez de Lozada.
            """);
        var protocol = Assert.Single(d.OfType("Agreement"), a => a.Aliases.Any(x => x.Contains("Pacific Protocol", StringComparison.Ordinal)));
        Assert.Contains(protocol.Aliases, a => a.Contains("Protocol Amending the Lima Transit Agreement", StringComparison.Ordinal));
        Assert.True(d.Has("SIGNED", "person:alberto-fujimori", protocol.Id), d.Dump());
    }
}
