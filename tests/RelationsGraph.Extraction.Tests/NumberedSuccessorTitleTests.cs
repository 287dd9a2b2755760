namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A title that goes on with a roman or arabic number names the numbered successor of the shorter title's document: two
/// documents, each with its own year.
/// </summary>
public class NumberedSuccessorTitleTests
{
    [Fact]
    public void ARomanNumeralAfterATitleNamesAnotherDocument()
    {
        var d = TestArticles.Extract("""
            date 2011-05-14 Andean leaders sign second river charter

            The four presidents signed the Declaration of Titicaca Concord II, which sets up a joint river authority.

            The text revisits the original Declaration of Titicaca Concord, adopted at the lake in 1987.
            """);
        var agreements = d.OfType("Agreement").ToList();
        Assert.Equal(2, agreements.Count);
        Assert.Contains(agreements, a => a.Name.Contains("Concord II"));
        Assert.Contains(agreements, a => a.Year == 1987 && !a.Name.Contains("Concord II"));
    }

    [Theory]
    [InlineData("II", true)]
    [InlineData("2 on fisheries", true)]
    [InlineData("xiv", true)]
    [InlineData("on fisheries", false)]
    [InlineData("2024", false)]
    public void ANumberOpensTheRest(string rest, bool successor) =>
        Assert.Equal(successor, RelationsGraph.Extraction.Agreements.AgreementClusterer.NumbersASuccessor(rest.ToLowerInvariant()));
}
