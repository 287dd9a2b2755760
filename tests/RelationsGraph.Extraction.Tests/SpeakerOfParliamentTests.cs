namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "the Speaker, X", "the Speaker of Parliament, Y": a parliament's presiding officer, told by office before the name, holds an
/// office of the state, so an unmarked one serves the country the story is filed from.
/// </summary>
public class SpeakerOfParliamentTests
{
    [Fact]
    public void TheSpeakerBeforeTheNameIsAnOfficeOfTheHomeCountry()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10

            OSLO, May 10 (Wire) - Norway will raise its aid budget next year.
            The budget debate was opened on Friday by the Speaker, Dr Ingrid Solvang, after a short ceremony.
            """);
        Assert.True(d.Has("REPRESENTS", "person:ingrid-solvang", "country:no"), d.Dump());
    }

    [Fact]
    public void TheSpeakerOfParliamentBeforeTheNameIsAnOfficeOfTheHomeCountry()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10

            OSLO, May 10 (Wire) - Norway will raise its aid budget next year.
            Talks on the fisheries bill were held with the Speaker of Parliament, Mr. Torvald Hagen, at the assembly hall.
            """);
        Assert.True(d.Has("REPRESENTS", "person:torvald-hagen", "country:no"), d.Dump());
    }

    // A speaker of a foreign parliament keeps that parliament's country, not the home one.
    [Fact]
    public void AForeignSpeakerKeepsTheirOwnCountry()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10

            OSLO, May 10 (Wire) - Norway will raise its aid budget next year.
            The delegation was led by Denmark's Speaker, Anne Kjeldsen, who arrived on Thursday.
            """);
        Assert.True(d.Has("REPRESENTS", "person:anne-kjeldsen", "country:dk"), d.Dump());
        Assert.False(d.Has("REPRESENTS", "person:anne-kjeldsen", "country:no"), d.Dump());
    }
}
