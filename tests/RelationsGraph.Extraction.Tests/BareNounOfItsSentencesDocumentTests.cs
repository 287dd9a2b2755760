namespace RelationsGraph.Extraction.Tests;

/// <summary>A bare definite reference beside another reference of the same sentence to the one document of its kind.</summary>
public class BareNounOfItsSentencesDocumentTests
{
    [Fact]
    public void TwoBareNounsInOneSentenceNameOneDocument()
    {
        var d = TestArticles.Extract("""
            date 2031-05-14 Velorian Prime Minister Anders Kolvig and Marenian President Tomas Ruelle signed the Saltmere Waters Treaty in Port Edda on Wednesday.
            Under the agreement, the northern lakes go to Veloria, subject to the fishing rights listed in the Treaty.
            """);
        Assert.Single(d.OfType("Agreement"));
    }

    [Fact]
    public void ABareNounBesideTheTitleItIsCalledNamesOneDocument()
    {
        var d = TestArticles.Extract("""
            date 2031-05-14 Velorian Prime Minister Anders Kolvig and Marenian President Tomas Ruelle signed a treaty in Port Edda on Wednesday.
            The new treaty, called the Harbour Treaty by the press, caps each side's patrol boats at forty.
            """);
        Assert.Single(d.OfType("Agreement"));
    }
}
