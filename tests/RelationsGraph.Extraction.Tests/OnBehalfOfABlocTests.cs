namespace RelationsGraph.Extraction.Tests;

/// <summary>"X, who brokered the deal on behalf of a regional bloc, countersigned": the bloc sends the mediator, it holds no summit.</summary>
public class OnBehalfOfABlocTests
{
    [Fact]
    public void TalksMediatedOnBehalfOfABlocAreNoSummitOfTheBloc()
    {
        var d = TestArticles.Extract("""
            date 2031-05-11 President Ona Belk and opposition leader Jarel Moss signed a power-sharing deal in Tarvik on Monday.
            President Dario Venn, who chaired the talks on behalf of the African Union, countersigned as facilitator.
            Presidents Lisa Orrin of Ostria and Tomas Keld of Tessaly also attended.
            """);
        Assert.DoesNotContain(d.OfType("Meeting"), m => m.Id.Contains("african-union"));
    }
}
