namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A piece written for an anniversary counts back from its own date ("140 years on", "the 90th anniversary of"): a
/// document it tells concluded, with no year of its own, dates from the year counted back to, not the publication's.
/// </summary>
public class AnniversaryYearTests
{
    [Fact]
    public void ADocumentOfAPieceCountingYearsOnDatesFromTheYearCountedBackTo()
    {
        var d = TestArticles.Extract("""
            date 2019-06-02 The Vellmarsh Treaty, 140 years on.
            In the summer of 1879 the envoy Tomas Brevik and the chieftain Aldo Merrin put their names to the Vellmarsh Treaty at a ford on the river.
            The Vellmarsh Treaty was signed by Brevik and Merrin after nine days of talks.
            """);
        var treaty = Assert.Single(d.OfType("Agreement"));
        Assert.Equal(1879, treaty.Year);
    }

    [Fact]
    public void AnOrdinalAnniversaryOfTheDocumentDatesIt()
    {
        var d = TestArticles.Extract("""
            date 2021-09-14 A museum in Pellworth marks the 90th anniversary of the Orlan Convention with an exhibition.
            The Orlan Convention was signed by the envoy Marek Dulin and the envoy Ruth Amsel after a week of talks.
            The curator, Ines Castellar, has hung the letters both men wrote home in 1931.
            """);
        var convention = Assert.Single(d.OfType("Agreement"));
        Assert.Equal(1931, convention.Year);
    }

    [Fact]
    public void ACountInAnotherClauseDoesNotDateADocumentSignedNow()
    {
        var d = TestArticles.Extract("""
            date 2022-05-10 Prime Minister Odile Varanne and Prime Minister Kasimir Leto signed the Kestrel Accord, the largest step since they declared a partnership fifteen years ago.
            The Kestrel Accord was signed in the presence of ministers who had worked on the 2007 text.
            """);
        var accord = d.OfType("Agreement").Single(a => a.Name.Contains("Kestrel"));
        Assert.Equal(2022, accord.Year);
    }

    [Fact]
    public void ALooseCountDatesNothing()
    {
        var d = TestArticles.Extract("""
            date 2020-03-01 It is some 60 years since the Harlan Treaty, and the valley still argues over it.
            The Harlan Treaty was signed by the envoy Pieter Voss and the envoy Anselm Roe after long talks.
            A dam on the border was finished in 1960.
            """);
        var treaty = Assert.Single(d.OfType("Agreement"));
        Assert.NotEqual(1960, treaty.Year);
    }
}
