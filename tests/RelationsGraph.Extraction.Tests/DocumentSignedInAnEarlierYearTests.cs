namespace RelationsGraph.Extraction.Tests;

/// <summary>A document told by its full title before "which/that", whose clause dates its signing to an earlier year, names that signing, apart from the story's own gatherings.</summary>
public class DocumentSignedInAnEarlierYearTests
{
    [Fact]
    public void ATitledDocumentsDatedSigningIsARecalledSigningThere()
    {
        var d = TestArticles.Extract("""
            VIENNA, May 4, 2021 - Austrian President Lena Kovac began a state visit to Hungary on Tuesday and met President Ilona Varga in Budapest.
            The visit builds on the Treaty on River Navigation, Fisheries and Cooperation, which Ferenc Halasz and Otto Brenner signed in Graz on 12 March 1987.
            """);
        var signing = Assert.Single(d.OfType("Meeting"), m => d.Has("HELD_IN", m.Id, "place:graz"));
        Assert.Equal("1987-03-12", signing.Date);
        Assert.True(d.Has("ATTENDED", "person:ferenc-halasz", signing.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:otto-brenner", signing.Id), d.Dump());
        Assert.False(d.Has("ATTENDED", "person:lena-kovac", signing.Id), d.Dump());
    }
}
