namespace RelationsGraph.Extraction.Tests;

/// <summary>A bracketed list of countries belongs to the noun before it: the document's own roll, or a body's members (CountriesInAnAside).</summary>
public class CountriesInAnAsideTests
{
    [Fact]
    public void TheDocumentsBracketedRollLeavesOutTheCountriesOfAnotherRoll()
    {
        var (d, kessel) = Story("Foreign Minister Arne Lindqvist of Norway said on Tuesday he hoped to see the applicant countries (Poland, Lithuania and Latvia) join the founding Kessel Pact signatories (Estonia, Finland and Sweden) before the end of the year.");
        Assert.False(d.Has("PARTY_TO", "country:pl", kessel.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:lv", kessel.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:ee", kessel.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:se", kessel.Id), d.Dump());
    }

    [Fact]
    public void ABodysBracketedMembersAreNoSidesOfADocumentOnlyReferredTo()
    {
        var (d, kessel) = Story("\"We are doing it in the Nordic Council (which also includes Iceland and Denmark), we are doing it in the Kessel Pact, and we are doing it at home,\" Estonian Foreign Minister Marta Ruus said on Tuesday after talks with her Finnish counterpart Ilkka Vaara.");
        Assert.False(d.Has("PARTY_TO", "country:is", kessel.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:dk", kessel.Id), d.Dump());
    }

    [Fact]
    public void ABodysBracketedMembersWhoSignTheDocumentAreItsSides()
    {
        var (d, kessel) = Story("The members of the Nordic Council (Iceland, Denmark and Norway) signed the Kessel Pact on Tuesday at a ceremony in Talven.");
        Assert.True(d.Has("PARTY_TO", "country:is", kessel.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:no", kessel.Id), d.Dump());
    }

    [Fact]
    public void BracketsThatTellOthersPartAreNoRollOfTheDocument()
    {
        var (d, kessel) = Story("Estonia and Finland signed the Kessel Pact (with Sweden and Norway as witnesses) on Tuesday at a ceremony in Talven.");
        Assert.True(d.Has("PARTY_TO", "country:ee", kessel.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:fi", kessel.Id), d.Dump());
    }

    private static (Model.ExtractionDocument, Model.ExtractedEntity) Story(string sentence)
    {
        var d = TestArticles.Extract($"""
            Northern pact in the news

            date 2019-05-14 TALVEN - {sentence}
            """);
        return (d, Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Kessel")));
    }
}
