namespace RelationsGraph.Extraction.Tests;

/// <summary>A gathering's roll call in a sentence of its own: the host's guests, those seated at the table.</summary>
public class RollCallAttendanceTests
{
    [Fact]
    public void TheHostsGuestsAttendTheSummit()
    {
        var d = TestArticles.Extract("""
            date 2024-06-12 Mongolian President Ukhnaagiin Khurelsukh hosted a regional summit in Ulaanbaatar on Tuesday.
            His guests were Kazakh President Kassym-Jomart Tokayev and Kyrgyz President Sadyr Japarov.
            """);
        var summit = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:kassym-jomart-tokayev", summit.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:sadyr-japarov", summit.Id), d.Dump());
    }

    [Fact]
    public void ThoseSeatedAtTheTableAttend()
    {
        var d = TestArticles.Extract("""
            date 2023-04-03 Leaders of the river basin opened a summit in Asuncion on Monday.
            Three presidents sat at the table: Paraguayan President Mario Abdo Benitez, Bolivian President Luis Arce and Uruguayan President Luis Lacalle Pou.
            """);
        var summit = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:luis-arce", summit.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:luis-lacalle-pou", summit.Id), d.Dump());
    }

    [Fact]
    public void GuestsOfAnotherKindWithoutAGatheringAttendNothing()
    {
        var d = TestArticles.Extract("""
            date 2024-06-12 The museum in Ulaanbaatar reopened on Tuesday after repairs.
            Its first guests were Kazakh President Kassym-Jomart Tokayev and Kyrgyz President Sadyr Japarov.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "ATTENDED");
    }
}

/// <summary>Sitting across a table recalled from long ago is no roll call of today's gathering.</summary>
public class RecalledTableIsNoRollCallTests
{
    [Fact]
    public void SittingAcrossATableLongAgoAttendsNothingToday()
    {
        var d = TestArticles.Extract("""
            date 2024-06-12 Mongolian President Ukhnaagiin Khurelsukh met Kazakh President Kassym-Jomart Tokayev in Ulaanbaatar on Tuesday.
            No leaders of the two had sat across a table since Yumjaagiin Tsedenbal and Dinmukhamed Kunayev talked in 1970.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "ATTENDED" && r.From == "person:yumjaagiin-tsedenbal");
    }
}

/// <summary>Addressing the gathering's own sitting ("told the closing session") puts the speaker at the gathering.</summary>
public class AddressingTheSittingTests
{
    [Fact]
    public void TellingTheClosingSessionPutsTheSpeakerAtTheSummit()
    {
        var d = TestArticles.Extract("""
            date 2019-07-08 African leaders opened a trade summit in Niamey on Sunday.
            Ghanaian President Nana Akufo-Addo told the closing session that tariffs would fall within a year.
            """);
        var summit = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:nana-akufo-addo", summit.Id), d.Dump());
    }
}

/// <summary>A sitting ("the closing session") of a summit no grouping names is part of that summit.</summary>
public class SittingOfAnUnnamedGroupingSummitTests
{
    [Fact]
    public void TheClosingSessionBelongsToTheSummitTold()
    {
        var d = TestArticles.Extract("""
            date 2019-07-08 Kenyan President Uhuru Kenyatta opened the Lake Basin Water Summit in Kisumu on Sunday.
            Ugandan President Yoweri Museveni told the closing session that the lake was shrinking.
            """);
        var summit = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:yoweri-museveni", summit.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:uhuru-kenyatta", summit.Id), d.Dump());
    }
}

/// <summary>A grouping's summit named after the lead told an unnamed summit is that summit, not an earlier edition told later.</summary>
public class LeadSummitNamedLaterTests
{
    [Fact]
    public void TheGroupingNamedLaterIsTheLeadSummitAndAnEarlierEditionStaysApart()
    {
        var d = TestArticles.Extract("""
            date 2025-03-05 West African leaders met in an emergency summit in Abuja on Tuesday, 4 March 2025.
            The ECOWAS summit was chaired by Nigerian President Bola Tinubu.
            The bloc's previous summit, in Accra in June 2024, had ended without a plan.
            """);
        var abuja = d.OfType("Meeting").Single(m => m.Id.Contains("2025"));
        Assert.True(d.Has("ATTENDED", "person:bola-tinubu", abuja.Id), d.Dump());
        Assert.DoesNotContain(d.Relationships, r => r.Type == "ATTENDED" && r.From == "person:bola-tinubu" && r.To.Contains("2024"));
    }
}

/// <summary>Another grouping's summit mentioned much later is not the lead's summit renamed.</summary>
public class DistantGroupingSummitTests
{
    [Fact]
    public void AGroupingSummitFarFromTheLeadDoesNotRenameIt()
    {
        var d = TestArticles.Extract("""
            date 2024-09-05 Chinese President Xi Jinping opened a summit with African leaders in Beijing on Thursday, 5 September 2024.
            Zambian President Hakainde Hichilema spoke at the opening.
            The leaders discussed railways and ports.
            They also discussed loans and debt.
            Hichilema said the matter would return at the African Union summit.
            """);
        var beijing = d.OfType("Meeting").First(m => d.Has("ATTENDED", "person:xi-jinping", m.Id));
        Assert.DoesNotContain("African Union", beijing.Name);
        Assert.DoesNotContain("AU", beijing.Name);
    }
}

/// <summary>An encounter on the sidelines of a grouping's summit, recalled as a time anchor, does not rename the summit reported.</summary>
public class SidelinesAnchorDoesNotRenameTests
{
    [Fact]
    public void SinceTheirEncounterOnTheSidelinesKeepsTheSummitApart()
    {
        var d = TestArticles.Extract("""
            date 2025-05-20 Thai Prime Minister Paetongtarn Shinawatra and Malaysian Prime Minister Anwar Ibrahim held a summit in Hat Yai on Tuesday, 20 May 2025.
            It was their first talks since their encounter on the sidelines of the ASEAN summit.
            """);
        Assert.DoesNotContain(d.OfType("Meeting"), m => m.Name.Contains("ASEAN") && m.Name.Contains("Hat Yai"));
        var hatYai = d.OfType("Meeting").First(m => d.Has("ATTENDED", "person:anwar-ibrahim", m.Id));
        Assert.DoesNotContain("ASEAN", hatYai.Name);
    }
}
