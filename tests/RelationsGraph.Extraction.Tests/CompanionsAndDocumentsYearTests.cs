namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "signed ... together with A, B and C": the companions of the subject attend, however long their titles run; and a year
/// joined by "of" to a document's noun ("the Treaty of Friendship of 1978") dates the document, not the gathering beside it.
/// </summary>
public class CompanionsAndDocumentsYearTests
{
    [Fact]
    public void CompanionsWithLongTitlesAllAttendTheSigning()
    {
        var d = TestArticles.Extract("""
            date 2019-08-01 Mozambican President Filipe Nyusi signed the peace accord at the Gorongosa camp on Thursday together with the speaker of parliament, Veronica Macamo, the defence minister, Atanasio Mtumuke, and Interior Minister Amade Miquidade.
            """);
        var signing = Assert.Single(d.OfType("Meeting"));
        foreach (var id in new[] { "person:filipe-nyusi", "person:veronica-macamo", "person:atanasio-mtumuke", "person:amade-miquidade" })
            Assert.True(d.Has("ATTENDED", id, signing.Id), id + "\n" + d.Dump());
    }

    [Fact]
    public void ACompanionsRelativeClauseNamesNoCompanion()
    {
        var d = TestArticles.Extract("""
            date 2019-08-01 Mozambican President Filipe Nyusi signed the peace accord at the Gorongosa camp on Thursday together with the speaker of parliament, Veronica Macamo, and the rebel leader Ossufo Momade, who succeeded the late Afonso Dhlakama.
            """);
        var signing = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:ossufo-momade", signing.Id), d.Dump());
        Assert.False(d.Has("ATTENDED", "person:afonso-dhlakama", signing.Id), d.Dump());
    }

    [Fact]
    public void TheYearOfADocumentDoesNotDateTheCeremony()
    {
        var d = TestArticles.Extract("""
            date 2019-08-01 Mozambican President Filipe Nyusi and rebel leader Ossufo Momade signed the peace accord at the Gorongosa camp.
            Several speakers at the ceremony recalled the General Peace Accord of 1992, which ended the civil war.
            """);
        var signing = Assert.Single(d.OfType("Meeting"));
        Assert.DoesNotContain("1992", signing.Id);
    }
}
