namespace RelationsGraph.Extraction.Tests;

/// <summary>"The next retreat" is the following edition, never the retreat the story reports.</summary>
public class NextEditionTests
{
    [Fact]
    public void TheNextRetreatIsAMeetingOfItsOwn()
    {
        var d = TestArticles.Extract("""
            date 2024-03-05 Ghanaian President Kofi Mensah and Togolese President Komi Adjavon met in Accra on Tuesday for their annual leaders' retreat.
            Adjavon will host the next retreat in Lome, officials said.
            """);
        var held = d.OfType("Meeting").Single(m => m.Status == "held");
        Assert.False(d.Has("HELD_IN", held.Id, "place:lome"), d.Dump());
        Assert.Contains(d.OfType("Meeting"), m => m.Status == "planned" && d.Has("ATTENDED", "person:komi-adjavon", m.Id));
    }

    [Fact]
    public void AnEditionCountedByItsOrdinalIsNotTheSummitHeld()
    {
        var d = TestArticles.Extract("""
            date 2023-05-10 The leaders of the Nile Basin states met on Wednesday for their summit, chaired by President Yoweri Museveni.
            The leaders agreed that the fourth Nile Basin summit will be held in Kigali.
            """);
        // The summit held is there, on its day, and the edition ahead is a plan of its own in Kigali.
        var held = d.OfType("Meeting").Single(m => m.Status == "held");
        Assert.Equal("2023-05-10", held.Date);
        Assert.True(d.Has("ATTENDED", "person:yoweri-museveni", held.Id), d.Dump());
        Assert.Contains(d.OfType("Meeting"), m => m.Status == "planned" && d.Has("HELD_IN", m.Id, "place:kigali"));
        Assert.False(d.Has("HELD_IN", held.Id, "place:kigali"), d.Dump());
    }

    [Fact]
    public void TheNextSummitToldWithNoOneYetIsStillAPlannedMeeting()
    {
        var d = TestArticles.Extract("""
            date 2023-05-10 President Hakainde Hichilema and President Lazarus Chakwera met in Lusaka on Wednesday for their annual summit.
            Malawi will host the next summit, the communique said, without giving a date.
            Hichilema and Chakwera later held talks on the border railway in Lusaka.
            """);
        var planned = d.OfType("Meeting").Where(m => m.Status == "planned").ToList();
        Assert.Single(planned);
        // Later word of what was held never joins the plan.
        Assert.False(d.Relationships.Any(r => r.Type == "ATTENDED" && r.To == planned[0].Id), d.Dump());
    }

    [Fact]
    public void AnOrdinalBeforeALongerSeriesNameStillCountsTheEdition()
    {
        var d = TestArticles.Extract("""
            date 2023-05-10 President Hakainde Hichilema met President Lazarus Chakwera in Lusaka on Wednesday at the Zambia–Malawi summit.
            Hichilema announced that the third Zambia–Malawi summit would be held in Malawi.
            """);
        var held = d.OfType("Meeting").Single(m => m.Status == "held");
        Assert.Equal("2023-05-10", held.Date);
        Assert.True(d.Has("HELD_IN", held.Id, "place:lusaka"), d.Dump());
        Assert.Contains(d.OfType("Meeting"), m => m.Status == "planned" && d.Has("HELD_IN", m.Id, "country:mw"));
        Assert.False(d.Has("HELD_IN", held.Id, "country:mw"), d.Dump());
    }
}
