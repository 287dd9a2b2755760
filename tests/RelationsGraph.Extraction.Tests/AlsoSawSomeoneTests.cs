namespace RelationsGraph.Extraction.Tests;

/// <summary>"X also saw Y": one more encounter in a diary of a leader's meetings; "saw" with no "also" or a thing as object is none.</summary>
public class AlsoSawSomeoneTests
{
    [Fact]
    public void AlsoSawAPersonIsAnotherEncounter()
    {
        var d = TestArticles.Extract("""
            date 2024-09-12

            Brazilian President Luiz Inacio Lula da Silva held talks with Argentine President Javier Milei in Brasilia on Wednesday.
            Lula also saw Chile's Gabriel Boric before the dinner.
            """);
        Assert.Contains(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:gabriel-boric", m.Id) && !d.Has("ATTENDED", "person:javier-milei", m.Id));
    }

    [Fact]
    public void SawWithoutAlsoTellsNoMeeting()
    {
        var d = TestArticles.Extract("""
            date 2024-09-12

            Brazilian President Luiz Inacio Lula da Silva said he saw Chilean President Gabriel Boric as an ally.
            """);
        Assert.Empty(d.OfType("Meeting"));
    }
}

/// <summary>"In the evening he saw Mr X": a diary's time of day does what "also" does.</summary>
public class DiarySawSomeoneTests
{
    [Fact]
    public void ATimeOfDayBeforeAPronounAndSawTellsAnEncounter()
    {
        var d = TestArticles.Extract("""
            date 2031-10-04

            President Maren Solvik of Norway arrived in Vardal on Tuesday for talks on the fjord ferry.

            In the evening she saw Chancellor Anton Derwald of Austria.
            """);
        Assert.Contains(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:maren-solvik", m.Id) && d.Has("ATTENDED", "person:anton-derwald", m.Id));
    }

    [Fact]
    public void SawWithoutADiaryOpeningTellsNone()
    {
        var d = TestArticles.Extract("""
            date 2031-10-04

            President Maren Solvik of Norway said on Tuesday that she saw Chancellor Anton Derwald of Austria as a partner.
            """);
        Assert.DoesNotContain(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:anton-derwald", m.Id));
    }
}
