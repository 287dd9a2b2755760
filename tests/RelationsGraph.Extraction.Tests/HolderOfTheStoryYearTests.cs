using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Knowledge;
using RelationsGraph.Extraction.Model;

namespace RelationsGraph.Extraction.Tests;

/// <summary>A family name several known office-holders share means the one in office in the story's year.</summary>
public class HolderOfTheStoryYearTests
{
    private static readonly Extractor Extractor = new();

    private static ExtractionDocument ExtractDated(string text, int year) =>
        Extractor.Extract(TestArticles.Read(text) with { Published = new DateOnly(year, 6, 10) });

    private static string? Choose(string word, int? year, string? title) =>
        HolderOfTheStoryYear.Choose(KnowledgeBase.Default, KnowledgeBase.Default.HoldersByReferenceName(word), year, title)?.Name;

    [Fact]
    public void TheKnowledgeLooksUpTheHolderWhoseTermCoversTheYear()
    {
        // Two Philippine presidents are called Aquino; neither is in office now.
        Assert.Equal(2, KnowledgeBase.Default.HoldersByReferenceName("aquino").Count);
        Assert.Equal("Corazon Aquino", Choose("aquino", 1989, "President"));
        Assert.Equal("Benigno Aquino III", Choose("aquino", 2012, null));
        // No year and nobody in office: nothing tells them apart.
        Assert.Null(Choose("aquino", null, "President"));
    }

    [Fact]
    public void TheTitleWrittenBeforeTheNameSeparatesHoldersOfOneYear()
    {
        Assert.Equal("George Papandreou", Choose("papandreou", 2001, "Foreign Minister"));
        Assert.Equal("Andreas Papandreou", Choose("papandreou", 1984, "Prime Minister"));
        // The year one president handed over to the other: both held the office, so neither is chosen.
        Assert.Null(Choose("kirchner", 2007, "President"));
    }

    [Fact]
    public void ABareTitledSurnameInADatedStoryIsTheHolderOfThatYear()
    {
        const string text = "President Aquino told mayors gathered in Port Alma that the coastal road would be finished before the rains.";
        Assert.Contains(ExtractDated(text, 1990).Entities, e => e.Id == "person:corazon-aquino");
        Assert.Contains(ExtractDated(text, 2014).Entities, e => e.Id == "person:benigno-aquino-iii");
        Assert.DoesNotContain(TestArticles.Extract(text).Entities, e => e.Id is "person:corazon-aquino" or "person:benigno-aquino-iii");
    }
    private const string TwoKingsTavio = "Tavio II|JO|King|1999-|\nTavio bin Maro|SA|King|2005-2015|\n";

    [Fact]
    public void AMonarchNamedByTitleAndRegnalNameWithoutItsNumberIsTheKnownMonarch()
    {
        var d = TestArticles.ExtractKnowing("Tavio II|JO|King|1999-|\n",
            "date 2024-05-10 King Tavio received Foreign Minister Lena Varga of Hungary in Amman on Thursday.");
        Assert.Contains(d.Entities, e => e.Id == "person:tavio-ii");
    }

    [Fact]
    public void OfTwoMonarchsOfOneNameInOfficeTogetherTheOneWhoseCountryTheSentenceNamesIsMeant()
    {
        const string visit = "date 2010-02-10 Ilya Moravin will hold talks with King Tavio on Sunday, on the first visit by a Kremlin leader to {0}.";
        Assert.Contains(TestArticles.ExtractKnowing(TwoKingsTavio, string.Format(visit, "Saudi Arabia")).Entities, e => e.Id == "person:tavio-bin-maro");
        Assert.Contains(TestArticles.ExtractKnowing(TwoKingsTavio, string.Format(visit, "Jordan")).Entities, e => e.Id == "person:tavio-ii");
    }

    [Fact]
    public void ACountryWrittenWithABareNameRulesOutAHolderOfAnotherCountry()
    {
        var d = TestArticles.ExtractKnowing("Orla Quennell|GB|Prime Minister|2024-|\n",
            "date 2025-03-01 Chilean lawmaker Quennell said on Monday that the copper bill would pass the lower house.");
        Assert.DoesNotContain(d.Entities, e => e.Id == "person:orla-quennell");
    }
}
