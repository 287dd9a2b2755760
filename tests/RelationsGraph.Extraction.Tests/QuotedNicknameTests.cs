namespace RelationsGraph.Extraction.Tests;

/// <summary>A quoted nickname between a person's given name and surname is part of the one name, and the title still carries.</summary>
public class QuotedNicknameTests
{
    [Fact]
    public void InitialsAQuotedNicknameAndASurnameAreOnePersonWithTheTitleBeforeThem()
    {
        var d = TestArticles.Extract("date 2024-03-11 Ghana's Foreign Minister T.K. \"Bud\" Asamore arrived in Kumbeni on Monday for two days of talks.");
        var person = Assert.Single(d.OfType("Person"), p => p.Name == "T.K. \"Bud\" Asamore");
        Assert.True(d.Has("REPRESENTS", person.Id, "country:gh"), d.Dump());
    }

    [Fact]
    public void ACurlyQuotedHyphenedNicknameStaysInsideTheName()
    {
        var d = TestArticles.Extract("date 2024-03-11 The treaty was signed by Selma “Lu-Mei” Vandrako, President of Portugal, at the Orvela palace on Tuesday.");
        Assert.Contains(d.OfType("Person"), p => p.Name == "Selma “Lu-Mei” Vandrako");
    }

    [Fact]
    public void AKnownPersonListedByNicknameAndSurnameKeepsTheGivenNameBeforeTheNickname()
    {
        var d = TestArticles.ExtractKnowing("Bud Tarrow|GH|Foreign Minister|2020-2026|\n",
            "date 2024-03-11 The envoys Marek Olund of Sweden and Roland \"Bud\" Tarrow of Ghana initialled the text in Kumbeni on Friday.");
        Assert.DoesNotContain(d.OfType("Person"), p => p.Name == "Roland");
        Assert.Contains(d.OfType("Person"), p => p.Name == "Roland \"Bud\" Tarrow");
    }
}
