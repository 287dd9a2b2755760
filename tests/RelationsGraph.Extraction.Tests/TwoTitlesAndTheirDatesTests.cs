namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// Two titled documents in one sentence stay two documents, and a date told after the second ("which ... in 2001")
/// is the second one's; a date still to come never dates a document referred back to.
/// </summary>
public class TwoTitlesAndTheirDatesTests
{
    [Fact]
    public void ADocumentBuildingOnAnEarlierTitledOneStaysApartFromIt()
    {
        var d = TestArticles.Extract("""
            date 2022-06-10 Leaders of the Andean Community signed the Quito Declaration on Water Security in Quito on Friday.
            The Quito Declaration builds on the Cusco Charter, which the bloc's ministers adopted at a meeting in Cusco in 2001.
            """);
        var names = d.OfType("Agreement").Select(a => a.Name).ToList();
        Assert.Equal(2, names.Count);
        var quito = d.OfType("Agreement").Single(a => a.Name.Contains("Quito"));
        Assert.NotEqual(2001, quito.Year);
        var cusco = d.OfType("Agreement").Single(a => a.Name.Contains("Cusco"));
        Assert.Equal(2001, cusco.Year);
    }

    [Fact]
    public void AReviewNextYearDoesNotDateTheDocumentReferredBackTo()
    {
        var d = TestArticles.Extract("""
            date 2022-06-10 Leaders of the Andean Community signed the Quito Declaration on Water Security in Quito on Friday.
            Ministers will meet in Lima next year to review the Quito Declaration.
            """);
        var declaration = Assert.Single(d.OfType("Agreement"));
        Assert.NotEqual(2023, declaration.Year);
    }
}
