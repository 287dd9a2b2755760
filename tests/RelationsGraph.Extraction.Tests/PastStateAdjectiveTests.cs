namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "Soviet Premier X", "the Yugoslav delegate": the adjective of a state of the past names that state, except where it describes
/// what outlived the state ("the former Soviet republics"), heads a longer name ("the Supreme Soviet"), qualifies another country
/// ("Soviet Russia") or dates something ("in Soviet times").
/// </summary>
public class PastStateAdjectiveTests
{
    private const string Opening = "date 1975-03-11 The fisheries accord was signed in Oslo on Tuesday. ";

    [Fact]
    public void AnOfficeTitleAfterTheAdjectiveGivesThePastState()
    {
        var d = TestArticles.Extract(Opening + "Soviet Fisheries Minister Pavel Lobanov signed for Moscow.");
        Assert.Contains(d.Relationships, r => r.Type == "REPRESENTS" && r.From == "person:pavel-lobanov" && r.To == "country:su");
        Assert.DoesNotContain(d.Relationships, r => r.Type == "REPRESENTS" && r.From == "person:pavel-lobanov" && r.To == "country:ru");
    }

    [Fact]
    public void AnOfficeAppositionWithTheAdjectiveGivesThePastState()
    {
        var d = TestArticles.Extract(Opening + "Goran Vidic, the Yugoslav trade minister, watched the signing.");
        Assert.Contains(d.Relationships, r => r.Type == "REPRESENTS" && r.From == "person:goran-vidic" && r.To == "country:yu");
    }

    [Fact]
    public void FormerBeforeTheAdjectiveNamesTheSuccessorsNotTheState()
    {
        var d = TestArticles.Extract("date 2019-06-04 The pipeline deal was signed in Baku on Tuesday. " +
                                     "Three former Soviet republics will share the cost of the line.");
        Assert.DoesNotContain(d.Entities, e => e.Id == "country:su");
    }

    [Fact]
    public void TheAdjectiveAsTheHeadOfALongerNameNamesNoState()
    {
        var d = TestArticles.Extract(Opening + "The Supreme Soviet is to ratify the text in the spring.");
        Assert.DoesNotContain(d.Entities, e => e.Id == "country:su");
    }

    [Fact]
    public void TheAdjectiveBeforeANounOfItsTimeOnlyDates()
    {
        var d = TestArticles.Extract("date 2012-09-18 The border treaty was signed in Riga on Tuesday. " +
                                     "The line follows a boundary drawn in Soviet times and left open after the Soviet collapse.");
        Assert.DoesNotContain(d.Entities, e => e.Id == "country:su");
    }

    [Fact]
    public void TheAdjectiveBeforeThingsNamesNoState()
    {
        var d = TestArticles.Extract("date 2021-05-12 The grazing accord was signed in Ulaanbaatar on Wednesday. " +
                                     "The valley still holds Soviet tanks left from an old border war.");
        Assert.DoesNotContain(d.Entities, e => e.Id == "country:su");
    }

    [Fact]
    public void TheAdjectiveBeforePeopleJoinedByAndNamesTheState()
    {
        var d = TestArticles.Extract(Opening + "British and Soviet officials watched from the gallery.");
        Assert.Contains(d.Entities, e => e.Id == "country:su");
    }
}
