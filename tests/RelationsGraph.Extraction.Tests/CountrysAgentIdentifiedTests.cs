namespace RelationsGraph.Extraction.Tests;

/// <summary>"Denmark's chief envoy at X was Y", "The Swedish delegates were A and B", "For Norway it was Y": the holder of a country's post acts for it.</summary>
public class CountrysAgentIdentifiedTests
{
    private const string Opening = "date 1998-06-02 Two centuries ago this week, a small river treaty was concluded at the hamlet of Brindlemoor after a winter of quarrels over mill rights. ";

    [Fact]
    public void TheHolderOfACountrysPostAfterACopulaActsForIt()
    {
        var d = TestArticles.Extract(Opening + "Denmark's chief envoy at Brindlemoor was Torvald Eskelund, a customs officer with a taste for long dinners. Eskelund wrote home every evening.");
        Assert.True(d.Has("REPRESENTS", "person:torvald-eskelund", "country:dk"), d.Dump());
    }

    [Fact]
    public void EachOfTheHoldersOfAnAdjectivesPluralPostActsForIt()
    {
        var d = TestArticles.Extract(Opening + "The Swedish delegates were Hakon Vindeby and Arvid Stollmark, both veterans of the grain disputes. Vindeby kept the minutes.");
        Assert.True(d.Has("REPRESENTS", "person:hakon-vindeby", "country:se"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:arvid-stollmark", "country:se"), d.Dump());
    }

    [Fact]
    public void TheNameAfterAFrontedSideAndItWasActsForThatSide()
    {
        var d = TestArticles.Extract(Opening + "For Norway it was Leiv Osmundsrud, a river pilot turned magistrate, who put his seal to the text. Osmundsrud later kept a copy in his parlour.");
        Assert.True(d.Has("REPRESENTS", "person:leiv-osmundsrud", "country:no"), d.Dump());
    }

    [Fact]
    public void ATitleWordBetweenTheCopulaAndTheNameDoesNotHideThePost()
    {
        var d = TestArticles.Extract(Opening + "The chief Danish negotiator was Count Ebbe Skovgaard, a landowner from the marsh parishes. Skovgaard disliked the inn.");
        Assert.True(d.Has("REPRESENTS", "person:ebbe-skovgaard", "country:dk"), d.Dump());
    }
}
