namespace RelationsGraph.Extraction.Tests;

/// <summary>Attendance by presence: people placed beside the people of an event, or present at it, with no meeting word.</summary>
public class PresenceAttendanceTests
{
    [Fact]
    public void StandingBehindTheSignersPutsAPersonAtTheSigning()
    {
        var d = TestArticles.Extract("""
            date 2025-09-18 Chilean President Gabriel Boric and Argentine President Javier Milei signed a border treaty in Santiago on Wednesday.
            Chilean Foreign Minister Alberto van Klaveren stood behind the two presidents as they signed.
            """);
        var meeting = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:alberto-van-klaveren", meeting.Id), d.Dump());
    }

    [Fact]
    public void SigningAlongsideOthersPutsThemAllAtTheGathering()
    {
        var d = TestArticles.Extract("""
            date 2025-10-14 Leaders gathered for a peace summit in Sharm el-Sheikh on Monday.
            Kenyan President William Ruto signed alongside Ghanaian President John Mahama and Nigerian President Bola Tinubu.
            """);
        var meeting = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:john-mahama", meeting.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:bola-tinubu", meeting.Id), d.Dump());
    }

    [Fact]
    public void PresentAtTheSigningBeforeTheNamesStillAttends()
    {
        var d = TestArticles.Extract("""
            date 2023-11-07 Italian Prime Minister Giorgia Meloni and Albanian Prime Minister Edi Rama signed a migration protocol in Rome on Monday.
            Also present at the signing were Italian Interior Minister Matteo Piantedosi and Albanian Foreign Minister Igli Hasani.
            """);
        var meeting = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:matteo-piantedosi", meeting.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:igli-hasani", meeting.Id), d.Dump());
    }

    [Fact]
    public void StandingInARoomIsNoPresenceAtAnEvent()
    {
        var d = TestArticles.Extract("""
            date 2025-09-18 Chilean President Gabriel Boric met Argentine President Javier Milei in Santiago on Wednesday.
            A statue of Bernardo O'Higgins stood behind the building's gate.
            """);
        var meeting = Assert.Single(d.OfType("Meeting"));
        Assert.Equal(2, d.Relationships.Count(r => r.Type == "ATTENDED" && r.To == meeting.Id));
    }
}

/// <summary>Speaking to the people of a gathering puts the speaker at it.</summary>
public class AddressingTheGatheringTests
{
    [Fact]
    public void TellingFellowLeadersPutsTheSpeakerAtTheSummit()
    {
        var d = TestArticles.Extract("""
            date 2018-03-22 African leaders opened an extraordinary African Union summit in Kigali on Wednesday.
            "Africa has talked about integration for forty years," Ghanaian President Nana Akufo-Addo told fellow leaders.
            """);
        var summit = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:nana-akufo-addo", summit.Id), d.Dump());
    }

    [Fact]
    public void TellingReportersIsNoAttendance()
    {
        var d = TestArticles.Extract("""
            date 2018-03-22 African leaders opened an extraordinary African Union summit in Kigali on Wednesday.
            "Africa must trade with itself," Ghanaian President Nana Akufo-Addo told reporters in Accra.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "ATTENDED" && r.From == "person:nana-akufo-addo");
    }
}

/// <summary>Hosting the gathering's people puts the host at the gathering.</summary>
public class HostingTheAudienceTests
{
    [Fact]
    public void HostingTheAlliancesLeadersIsBeingAtTheSummit()
    {
        var d = TestArticles.Extract("""
            date 2025-06-26 NATO leaders agreed on Wednesday to raise their defence spending at the NATO summit in The Hague.
            Secretary General Mark Rutte, a former Dutch prime minister, was hosting the alliance's leaders in his home country.
            """);
        var summit = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:mark-rutte", summit.Id), d.Dump());
    }
}

/// <summary>"So did X" repeats the previous sentence's attendance for new people.</summary>
public class EllipticalAttendanceTests
{
    [Fact]
    public void SoDidPutsThePersonAtThePreviousSentencesGathering()
    {
        var d = TestArticles.Extract("""
            date 2023-11-10 Australian Prime Minister Anthony Albanese and Tuvaluan Prime Minister Kausea Natano signed a migration treaty in Rarotonga on Friday.
            Australian Foreign Minister Penny Wong attended the signing.
            So did the Cook Islands Prime Minister, Mark Brown.
            """);
        var meeting = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:mark-brown", meeting.Id), d.Dump());
    }
}

/// <summary>A clause about who attended names its people however long their descriptions run.</summary>
public class LongAttendanceClauseTests
{
    [Fact]
    public void TheLastOfALongListOfWitnessesAttends()
    {
        var d = TestArticles.Extract("""
            date 2023-11-07 Italian Prime Minister Giorgia Meloni and Albanian Prime Minister Edi Rama signed a migration protocol in Rome on Monday.
            Also present at the signing were Italian Interior Minister Matteo Piantedosi, who has handled the matter with Tirana since the spring and will oversee the two new centres, and Albania's Ambassador to Italy Anila Bitri.
            """);
        var meeting = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:anila-bitri", meeting.Id), d.Dump());
    }
}

/// <summary>A passive signing read to the end of its list of signers.</summary>
public class PassiveSignersTests
{
    [Fact]
    public void EveryAgentOfALongPassiveListAttendsTheSigning()
    {
        var d = TestArticles.Extract("""
            date 2024-04-23 The transport memorandum was signed in the main hall of the palace on Monday afternoon by Kenya's Transport Minister Daniel Kiprop, Ghana's Roads Minister Kofi Mensah, Nigeria's Minister of Transport Bola Adeyemi and Senegal's Minister of Infrastructure Awa Diallo.
            """);
        var meeting = Assert.Single(d.OfType("Meeting"));
        foreach (var id in new[] { "person:daniel-kiprop", "person:kofi-mensah", "person:bola-adeyemi", "person:awa-diallo" })
            Assert.True(d.Has("ATTENDED", id, meeting.Id), id + "\n" + d.Dump());
    }
}
