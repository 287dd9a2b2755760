namespace RelationsGraph.Extraction.Tests;

/// <summary>Long rolls of attendees: every name of a subject list, however far it starts before the verb.</summary>
public class SubjectListBeforeTheVerbTests
{
    [Fact]
    public void EveryLeaderOfALongSubjectListAttends()
    {
        var d = TestArticles.Extract("""
            date 2024-02-17 African Union leaders opened their annual summit in Addis Ababa on Saturday.
            Kenya's President William Ruto, Ghana's President Nana Akufo-Addo, Senegal's President Macky Sall and Zambia's President Hakainde Hichilema attended in person.
            """);
        var summit = Assert.Single(d.OfType("Meeting"));
        foreach (var id in new[] { "person:william-ruto", "person:nana-akufo-addo", "person:macky-sall", "person:hakainde-hichilema" })
            Assert.True(d.Has("ATTENDED", id, summit.Id), id + "\n" + d.Dump());
    }

    [Fact]
    public void TheListRunsBackPastAnAppositionOfAnEarlierName()
    {
        // "A, the ..., and B, the ..., held talks": the first name stands beyond the window, past its own long apposition.
        var d = TestArticles.Extract("""
            date 2024-09-14 Tobin Arvel, the Ruritanian minister for rivers and irrigation in the dry northern provinces of the country, and Casimir Oleck, the Bordurian envoy, held talks in Valmora on Saturday.
            """);
        var talks = Assert.Single(d.OfType("Meeting")).Id;
        Assert.True(d.Has("ATTENDED", "person:casimir-oleck", talks), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:tobin-arvel", talks), d.Dump());
    }

    [Fact]
    public void GuardAnAsideFollowedByAVerbEndsTheList()
    {
        // Guard (passes with the rule off as well): "A, the ..., said B ... had held talks" is a teller, not a subject of the list.
        var d = TestArticles.Extract("""
            date 2024-09-14 Tobin Arvel, the Ruritanian minister for rivers and irrigation in the dry northern provinces of the country, said Casimir Oleck, the Bordurian envoy, had held talks in Valmora on Saturday.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "ATTENDED" && r.From == "person:tobin-arvel");
    }

    [Fact]
    public void AVerbInsideARelativeClauseIsOnlyTheLastNamesOwn()
    {
        var d = TestArticles.Extract("""
            date 2024-02-17 Kenyan President William Ruto and Ghanaian President Nana Akufo-Addo — who was due to meet Zambian President Hakainde Hichilema in Lusaka — spoke to reporters in Nairobi.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "ATTENDED" && r.From == "person:william-ruto");
    }
}

/// <summary>A seat in the gathering's room is attendance: at the table, in the front row, in the hall.</summary>
public class SeatsInTheRoomTests
{
    [Fact]
    public void AroundTheTableSatPutsEveryoneListedAtTheSummit()
    {
        var d = TestArticles.Extract("""
            date 2024-11-10 Nordic leaders held their annual summit in Reykjavik on Sunday.
            Around the table sat Finnish President Alexander Stubb, Swedish Prime Minister Ulf Kristersson and Danish Prime Minister Mette Frederiksen.
            """);
        var summit = Assert.Single(d.OfType("Meeting"));
        foreach (var id in new[] { "person:alexander-stubb", "person:ulf-kristersson", "person:mette-frederiksen" })
            Assert.True(d.Has("ATTENDED", id, summit.Id), id + "\n" + d.Dump());
    }

    [Fact]
    public void SittingInTheFrontRowOrBeingInTheHallIsAttendance()
    {
        var d = TestArticles.Extract("""
            date 2024-11-10 Nordic leaders held their annual summit in Reykjavik on Sunday.
            Finnish President Alexander Stubb sat in the front row.
            Swedish Prime Minister Ulf Kristersson and Danish Prime Minister Mette Frederiksen were all in the hall.
            """);
        var summit = Assert.Single(d.OfType("Meeting"));
        foreach (var id in new[] { "person:alexander-stubb", "person:ulf-kristersson", "person:mette-frederiksen" })
            Assert.True(d.Has("ATTENDED", id, summit.Id), id + "\n" + d.Dump());
    }

    [Fact]
    public void PeopleInTheChamberAttend()
    {
        // A gathering held in a parliament building: those in its chamber are at it.
        var d = TestArticles.Extract("""
            date 2024-11-10 Nordic leaders held their annual summit in the parliament building in Reykjavik on Sunday.
            Swedish Prime Minister Ulf Kristersson and Danish Prime Minister Mette Frederiksen were both in the chamber.
            """);
        var sitting = Assert.Single(d.OfType("Meeting"));
        foreach (var id in new[] { "person:ulf-kristersson", "person:mette-frederiksen" })
            Assert.True(d.Has("ATTENDED", id, sitting.Id), id + "\n" + d.Dump());
    }

    [Fact]
    public void AFrontedSeatWithItsDayStillOpensTheRoll()
    {
        // "Also at the table on <day> were ...": the day told between the fronted seat and its copula.
        var d = TestArticles.Extract("""
            date 2024-11-10 Nordic leaders held their annual summit in Reykjavik on Sunday.
            Also at the table on Sunday were Finnish President Aino Rantala, Swedish Prime Minister Per Lindqvist and Danish Prime Minister Karen Holm.
            """);
        var summit = Assert.Single(d.OfType("Meeting"));
        foreach (var id in new[] { "person:aino-rantala", "person:per-lindqvist", "person:karen-holm" })
            Assert.True(d.Has("ATTENDED", id, summit.Id), id + "\n" + d.Dump());
    }

    [Fact]
    public void ThoseInTheRoomWereIsARoll()
    {
        // "Besides the host, those in the room were ...": the people of the room counted out after "those".
        var d = TestArticles.Extract("""
            date 2024-11-10 Nordic leaders held their annual summit in Reykjavik on Sunday.
            Besides the host, those in the room were Finnish President Aino Rantala, Swedish Prime Minister Per Lindqvist and Danish Prime Minister Karen Holm.
            """);
        var summit = Assert.Single(d.OfType("Meeting"));
        foreach (var id in new[] { "person:aino-rantala", "person:per-lindqvist", "person:karen-holm" })
            Assert.True(d.Has("ATTENDED", id, summit.Id), id + "\n" + d.Dump());
    }

    [Fact]
    public void AmongTheLeadersAreIsARollInThePresent()
    {
        var d = TestArticles.Extract("""
            date 2024-11-10 Nordic leaders are holding their annual summit in Reykjavik this weekend.
            Among the leaders are Finnish President Aino Rantala, Swedish Prime Minister Per Lindqvist and Danish Prime Minister Karen Holm.
            """);
        var summit = Assert.Single(d.OfType("Meeting"));
        foreach (var id in new[] { "person:aino-rantala", "person:per-lindqvist", "person:karen-holm" })
            Assert.True(d.Has("ATTENDED", id, summit.Id), id + "\n" + d.Dump());
    }

    [Fact]
    public void ATableThatIsNoSeatIsNoAttendance()
    {
        var d = TestArticles.Extract("""
            date 2024-11-10 Nordic leaders held their annual summit in Reykjavik on Sunday.
            Finnish President Alexander Stubb said the table of figures in the report was out of date.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "ATTENDED" && r.From == "person:alexander-stubb");
    }
}
