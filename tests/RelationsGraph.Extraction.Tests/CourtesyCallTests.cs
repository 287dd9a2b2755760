namespace RelationsGraph.Extraction.Tests;

/// <summary>Calling on someone ("X called on President Y") is an encounter of its own, apart from the visit and from other talks.</summary>
public class CourtesyCallTests
{
    private const string Visit = """
        date 2022-09-14 Latvian President Ruta Kalnina reached Vilnius on Tuesday at the start of a two-day state visit to Lithuania.
        On Tuesday evening Kalnina called on Lithuanian Prime Minister Jonas Petrauskas at the government palace.
        On Wednesday she held talks with Speaker Aiste Baranauskiene in the Seimas.
        """;

    [Fact]
    public void ACallOnSomeoneIsItsOwnEncounter()
    {
        var d = TestArticles.Extract(Visit);
        // The prime minister may host the visit too (HeadOfTheVisitedState): the call is the meeting of another kind he attends.
        var call = d.OfType("Meeting").Where(m => m.Kind != "visit" && d.Has("ATTENDED", "person:jonas-petrauskas", m.Id)).ToList();
        Assert.NotEmpty(call);
        Assert.All(call, m => Assert.True(d.Has("ATTENDED", "person:ruta-kalnina", m.Id), d.Dump()));
        Assert.All(call, m => Assert.NotEqual("visit", m.Kind));
    }

    [Fact]
    public void OtherTalksDoNotJoinTheCall()
    {
        var d = TestArticles.Extract(Visit);
        Assert.DoesNotContain(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:jonas-petrauskas", m.Id) && d.Has("ATTENDED", "person:aiste-baranauskiene", m.Id));
    }

    [Fact]
    public void TheCallOnAWeekdayIsNoCallOnAPerson()
    {
        var d = TestArticles.Extract("""
            date 2022-09-14 Latvian President Ruta Kalnina spoke by telephone with Lithuanian Prime Minister Jonas Petrauskas.
            Kalnina placed the call on Wednesday morning from Riga, her office said.
            """);
        Assert.DoesNotContain(d.OfType("Meeting"), m => m.Kind == "talks");
    }

    [Fact]
    public void AnAppealToSomeoneIsNoCall()
    {
        var d = TestArticles.Extract("""
            date 2022-09-14 Latvian President Ruta Kalnina on Wednesday called on Lithuania to keep its border crossings open through the winter.
            """);
        Assert.Empty(d.OfType("Meeting"));
    }
}
