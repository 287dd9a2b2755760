namespace RelationsGraph.Extraction.Tests;

/// <summary>Phrases that give the document under discussion its title: they name it, they make no second document.</summary>
public class DocumentNamingPhraseTests
{
    [Fact]
    public void ItsFullTitleIsTheXNamesTheDocumentToldBefore()
    {
        var d = TestArticles.Extract("""
            date 2024-03-12 Kenyan President William Ruto and Ugandan President Yoweri Museveni signed a fisheries agreement in Kisumu on Tuesday.

            Its full title, in the copies handed to reporters, is the Agreement on the Joint Management of Lake Victoria Fisheries.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.Contains(agreement.Aliases, a => a.Contains("Lake Victoria Fisheries"));
    }

    [Fact]
    public void ReleasedAsTheXNamesTheDocumentOfTheSentence()
    {
        var d = TestArticles.Extract("""
            date 2024-03-12 Leaders of Kenya, Uganda and Tanzania met in Arusha on Tuesday.

            The document, released by the Tanzanian presidency as the Arusha Declaration on Lake Transport, was adopted after four hours of talks.
            """);
        Assert.Single(d.OfType("Agreement"));
    }

    [Fact]
    public void FormallyTheXAfterACommaNamesTheDocumentBefore()
    {
        var d = TestArticles.Extract("""
            date 2024-03-12 Chile and Peru marked the anniversary of their 2014 fisheries deal on Tuesday.

            That deal, formally the Pacific Anchovy Protocol, had been negotiated over three years in Lima.
            """);
        Assert.Single(d.OfType("Agreement"));
    }

    [Fact]
    public void WhatItCallsTheXNamesTheDocumentBefore()
    {
        var d = TestArticles.Extract("""
            date 2024-03-12 Foreign ministers of the bloc agreed a four-point plan on Tuesday to end the fighting in the border districts.

            The chair's statement sets out what it calls the Four-Point Understanding on the Border Districts.
            """);
        Assert.Single(d.OfType("Agreement"));
    }

    [Fact]
    public void ATitleInAppositionAfterAnUntitledDocumentNamesIt()
    {
        var d = TestArticles.Extract("""
            date 2024-03-12 Romanian officials met their Moldovan counterparts in Iasi on Tuesday.

            They argued against a revived 2019 river deal with Chisinau, the Prut Navigation Accord, which engineers in both countries still criticise.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.Contains(agreement.Aliases, a => a.Contains("Prut Navigation Accord"));
    }
}

/// <summary>Nouns of documents that, in their context, name no document of the story.</summary>
public class NoDocumentNamedTests
{
    [Fact]
    public void ABodyNamedAfterATreatyIsNoTreaty()
    {
        var d = TestArticles.Extract("""
            date 2024-03-12 Armenian Prime Minister Nikol Pashinyan met Kazakh President Kassym-Jomart Tokayev in Astana on Tuesday.

            The two discussed the future of the Collective Security Treaty Organization and grain transit.
            """);
        Assert.Empty(d.OfType("Agreement"));
    }

    [Theory]
    [InlineData("A spokesman insisted the memorandum is not a treaty and binds no one.")]
    [InlineData("The port's status rests in part on an old treaty.")]
    public void AnIndefiniteTreatyNothingIdentifiesIsNoDocument(string sentence)
    {
        var d = TestArticles.Extract($"""
            date 2024-03-12 Estonian and Finnish agriculture ministers signed a memorandum on grain storage in Tallinn on Tuesday.

            {sentence}
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.Contains("memorandum", agreement.Name);
    }

    [Fact]
    public void TheIdeaOfATreatyIsNoDocumentWhateverItsDate()
    {
        var d = TestArticles.Extract("""
            date 2024-03-12 Estonian Prime Minister Kristen Michal and Finnish Prime Minister Petteri Orpo met in Tallinn on Tuesday.

            The idea of a treaty on the tunnel, first raised by their predecessors in 2019, was discussed again.
            """);
        Assert.Empty(d.OfType("Agreement"));
    }

    [Fact]
    public void AMemorandumOfUnderstandingKeepsItsNounInItsName()
    {
        var d = TestArticles.Extract("""
            date 2024-03-12 Estonian Prime Minister Kristen Michal and Finnish Prime Minister Petteri Orpo signed a memorandum of understanding on ferry safety in Tallinn on Tuesday.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.Contains("memorandum of understanding on ferry safety", agreement.Name);
    }
}
