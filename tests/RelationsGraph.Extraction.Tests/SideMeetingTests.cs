namespace RelationsGraph.Extraction.Tests;

/// <summary>Meetings held on the sidelines of a larger gathering: who attends the gathering, and where the side meeting is.</summary>
public class SideMeetingTests
{
    [Fact]
    public void SidelinesPhraseAfterTheTalksMakesThemASideMeetingHeldAtTheSummit()
    {
        var d = TestArticles.Extract("""
            date 2025-06-17 Portuguese Prime Minister Rui Matos held talks with Kenyan President Daniel Kiprop on Monday on the sidelines of the Group of Seven summit in Kananaskis, Canada.
            """);
        var summit = d.OfType("Meeting").Single(m => m.Aliases.Contains("G7 summit"));
        var talks = d.OfType("Meeting").Single(m => m.Id != summit.Id);
        Assert.True(d.Has("HELD_IN", talks.Id, "place:kananaskis"), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:rui-matos", talks.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:daniel-kiprop", summit.Id), d.Dump());
    }

    [Fact]
    public void SideMeetingToldLaterIsHeldWhereTheSummitIs()
    {
        var d = TestArticles.Extract("""
            date 2024-11-19 Leaders agreed a declaration at the G20 summit in Rio de Janeiro on Monday.
            On the sidelines, Polish Prime Minister Donald Tusk held talks with Indian Prime Minister Narendra Modi.
            """);
        var g20 = d.OfType("Meeting").Single(m => m.Aliases.Contains("G20 summit"));
        var talks = d.OfType("Meeting").Single(m => m.Id != g20.Id);
        Assert.True(d.Has("HELD_IN", talks.Id, "place:rio-de-janeiro"), d.Dump());
    }

    [Fact]
    public void APhoneCallOnTheSidelinesIsHeldNowhere()
    {
        var d = TestArticles.Extract("""
            date 2024-11-19 Leaders agreed a declaration at the G20 summit in Rio de Janeiro on Monday.
            On the sidelines, Polish Prime Minister Donald Tusk held a phone call with Indian Prime Minister Narendra Modi.
            """);
        var call = d.OfType("Meeting").Single(m => m.Kind == "phone_call");
        Assert.DoesNotContain(d.Relationships, r => r.Type == "HELD_IN" && r.From == call.Id);
    }
}

/// <summary>Events held "at" or "during" a named gathering, and witnesses of an act attending that act.</summary>
public class HeldAtGatheringTests
{
    [Fact]
    public void SignersAtASummitNamedLaterInTheClauseAttendTheSummit()
    {
        var d = TestArticles.Extract("""
            date 2024-07-07 Nigerien President Omar Tchiani, Malian President Sekou Diarra and Burkinabe President Paul Ouedraogo put their signatures to the treaty establishing the confederation at the close of the first summit of the Alliance of Sahel States in Niamey.
            """);
        var summit = d.OfType("Meeting").Single(m => m.Aliases.Any(a => a.Contains("Sahel")));
        Assert.True(d.Has("ATTENDED", "person:sekou-diarra", summit.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:paul-ouedraogo", summit.Id), d.Dump());
    }

    [Fact]
    public void WitnessesOfAHandoverToldFirstMakeTheCeremony()
    {
        var d = TestArticles.Extract("""
            date 2023-04-05 Finnish President Sauli Niinisto and Defence Minister Antti Kaikkonen watched the handover on Tuesday.
            A flag-raising ceremony followed outside the building.
            Swedish Foreign Minister Tobias Billstrom attended Tuesday's ceremony as a guest.
            """);
        var ceremony = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:sauli-niinisto", ceremony.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:antti-kaikkonen", ceremony.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:tobias-billstrom", ceremony.Id), d.Dump());
    }

    [Fact]
    public void AttendingTheSigningJoinsTheSigningNotTheSummitAroundIt()
    {
        var d = TestArticles.Extract("""
            date 2023-11-10 Pacific leaders opened the Pacific Islands Forum summit in Rarotonga on Wednesday.
            On Friday Australian Prime Minister Anthony Albanese and Tuvaluan Prime Minister Kausea Natano signed a migration treaty in Avarua.
            Australian Foreign Minister Penny Wong attended the signing.
            """);
        var signing = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:kausea-natano", m.Id) && !m.Aliases.Any(a => a.Contains("Forum")));
        Assert.True(d.Has("ATTENDED", "person:penny-wong", signing.Id), d.Dump());
    }
}

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

/// <summary>Reading one summit sentence well: names between dashes, a summit's own name, an earlier edition.</summary>
public class SummitSentenceTests
{
    [Fact]
    public void NamesBetweenDashesAreTheSubjectsOfTheClause()
    {
        var d = TestArticles.Extract("""
            date 2018-08-13 At the summit in Aktau on Sunday, the presidents of Kazakhstan, Russia and Iran — Nursultan Nazarbayev, Vladimir Putin and Hassan Rouhani — signed the convention.
            """);
        var summit = Assert.Single(d.OfType("Meeting"));
        foreach (var id in new[] { "person:nursultan-nazarbayev", "person:vladimir-putin", "person:hassan-rouhani" })
            Assert.True(d.Has("ATTENDED", id, summit.Id), id + "\n" + d.Dump());
    }

    [Fact]
    public void ASummitsOwnNameIsNotWhereItIsHeld()
    {
        var d = TestArticles.Extract("""
            date 2025-06-01 French President Emmanuel Macron will give the keynote address at the Shangri-La Dialogue security forum in Singapore on Friday.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "HELD_IN" && r.To.Contains("dialogue"));
    }

    [Fact]
    public void ThePreviousSummitIsAnEarlierEdition()
    {
        var d = TestArticles.Extract("""
            date 2018-08-13 Kazakh President Nursultan Nazarbayev and Russian President Vladimir Putin met at the Caspian summit in Aktau.
            That principle had already been agreed at the previous summit, in Astrakhan in 2014.
            """);
        var talks = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:vladimir-putin", m.Id));
        Assert.NotEqual("2014", talks.Date);
        Assert.False(d.Has("HELD_IN", talks.Id, "place:astrakhan"), d.Dump());
    }
}

/// <summary>People named by office alone, and sittings of a gathering.</summary>
public class OfficeReferenceAttendanceTests
{
    [Fact]
    public void TheKenyanPresidentAtTheStartOfASentenceIsThePresidentNamedBefore()
    {
        var d = TestArticles.Extract("""
            date 2025-03-04 Kenyan President William Ruto arrived in Addis Ababa on Monday for a two-day visit.
            The Kenyan president held talks with Ethiopian Prime Minister Abiy Ahmed on Tuesday.
            """);
        var talks = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:abiy-ahmed", m.Id));
        Assert.True(d.Has("ATTENDED", "person:william-ruto", talks.Id), d.Dump());
    }

    [Fact]
    public void TheSessionIsASittingOfTheSummitUnderDiscussion()
    {
        var d = TestArticles.Extract("""
            date 2018-03-22 African leaders signed a free trade agreement at an extraordinary African Union summit in Kigali on Wednesday.
            Rwandan President Paul Kagame hosted a dinner for the delegations in 2015 in Johannesburg.
            Ghanaian President Nana Akufo-Addo opened the session with a short address.
            """);
        var summit = d.OfType("Meeting").Single(m => m.Aliases.Any(a => a.Contains("African Union")));
        Assert.True(d.Has("ATTENDED", "person:nana-akufo-addo", summit.Id), d.Dump());
    }
}

/// <summary>A pronoun subject continuing the previous sentence's subject, for meetings only.</summary>
public class PronounSubjectTests
{
    [Fact]
    public void HeAtTheStartOfASentenceIsThePreviousSubject()
    {
        var d = TestArticles.Extract("""
            date 2025-03-04 Kenyan President William Ruto arrived in Addis Ababa on Monday for a two-day visit.
            He later met Ethiopian President Taye Atske Selassie at the National Palace.
            """);
        var talks = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:taye-atske-selassie", m.Id));
        Assert.True(d.Has("ATTENDED", "person:william-ruto", talks.Id), d.Dump());
        Assert.DoesNotContain("He", d.Entity("person:william-ruto").Aliases);
    }

    [Fact]
    public void APronounAfterAQuotationIsNotResolved()
    {
        var d = TestArticles.Extract("""
            date 2025-03-04 "We welcome Ruto," said Ethiopian Foreign Minister Gedion Timothewos on Monday.
            He later met Ethiopian President Taye Atske Selassie at the National Palace.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "ATTENDED" && r.From == "person:gedion-timothewos");
    }
}

/// <summary>Where a story without a dateline happens, and a bloc facing another bloc.</summary>
public class HeadlineAndBlocTests
{
    [Fact]
    public void TheHeadlineCityPlacesTheCurrentMeetingTheTextLeavesUnplaced()
    {
        var d = TestArticles.Extract(
            "---\ntitle: Ruto in Addis Ababa: Kenya and Ethiopia agree on a power line\ndate: 2025-03-04\n---\n" +
            "# Ruto in Addis Ababa: Kenya and Ethiopia agree on a power line\n\n" +
            "Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed held talks on Monday.\n", "a.md");
        var talks = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("HELD_IN", talks.Id, "place:addis-ababa"), d.Dump());
        Assert.Contains(d.Relationships, r => r.Type == "HELD_IN" && r.From == talks.Id && r.Evidence.StartsWith("Kenyan President"));
    }

    [Fact]
    public void NegotiationsBetweenTwoBlocsAreNoSummitOfEither()
    {
        var d = TestArticles.Extract("""
            date 2024-12-07 On Friday, at the summit of Mercosur heads of state in Montevideo, the presidents announced that negotiations on the EU-Mercosur Partnership Agreement had been concluded.
            Bolivia was represented at the summit by President Luis Arce.
            """);
        Assert.DoesNotContain(d.OfType("Meeting"), m => m.Aliases.Any(a => a.StartsWith("EU ")));
        var summit = d.OfType("Meeting").Single(m => m.Aliases.Any(a => a.Contains("Mercosur")));
        Assert.True(d.Has("ATTENDED", "person:luis-arce", summit.Id), d.Dump());
    }
}

/// <summary>A family name after a preposition is the person the article named in full, not a place.</summary>
public class SurnameAfterPrepositionTests
{
    [Fact]
    public void SpokeToSurnameByPhoneMakesACallWithThatPerson()
    {
        var d = TestArticles.Extract("""
            date 2023-02-28 British Prime Minister Rishi Sunak unveiled the deal in Windsor on Monday.
            Irish Prime Minister Leo Varadkar spoke to Sunak by phone on Monday evening.
            """);
        var call = d.OfType("Meeting").Single(m => m.Kind == "phone_call");
        Assert.True(d.Has("ATTENDED", "person:rishi-sunak", call.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:leo-varadkar", call.Id), d.Dump());
        Assert.DoesNotContain(d.OfType("Place"), p => p.Name == "Sunak");
    }

    [Fact]
    public void AnUnknownPlaceThatIsNoOnesNameStaysAPlace()
    {
        var d = TestArticles.Extract("""
            date 2023-02-28 British Prime Minister Rishi Sunak met Irish Prime Minister Leo Varadkar in Ballymena on Monday.
            """);
        Assert.Contains(d.OfType("Place"), p => p.Name == "Ballymena");
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

/// <summary>Seas and landforms are what a meeting is about, not where it is held.</summary>
public class WaterAndLandformPlaceTests
{
    [Fact]
    public void ASeaNamedNearTheMeetingIsNotWhereItIsHeld()
    {
        var d = TestArticles.Extract("""
            date 2022-07-23 Turkish President Recep Tayyip Erdogan is expected to meet Russian President Vladimir Putin in the Black Sea resort of Sochi next month.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "HELD_IN" && r.To.Contains("black-sea"));
    }

    [Fact]
    public void ASummitOnTheCoastOfASeaIsHeldInItsCity()
    {
        var d = TestArticles.Extract("""
            date 2018-09-17 Ethiopian Prime Minister Abiy Ahmed and Eritrean President Isaias Afwerki signed a peace agreement in the Red Sea city of Jeddah on Sunday evening.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "HELD_IN" && r.To.Contains("red-sea"));
    }
}

/// <summary>References of another kind naming none of a meeting's people belong to another gathering.</summary>
public class DisjointPeopleTests
{
    [Fact]
    public void ACallWithOtherPeopleIsNotTheUndatedMeetingBefore()
    {
        var d = TestArticles.Extract("""
            date 2025-02-10 Commission President Jean-Claude Juncker held a meeting with Lithuanian President Dalia Grybauskaite and Latvian Prime Minister Maris Kucinskis.
            On Saturday, Finnish President Alexander Stubb spoke by telephone about the grid.
            """);
        var call = d.OfType("Meeting").Single(m => m.Kind == "phone_call");
        Assert.False(d.Has("ATTENDED", "person:jean-claude-juncker", call.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:alexander-stubb", call.Id), d.Dump());
    }
}

/// <summary>A signing needs its people in one room.</summary>
public class SigningIsNoCallTests
{
    [Fact]
    public void MinistersSigningAfterACallBetweenTheirLeadersMeetApart()
    {
        var d = TestArticles.Extract("""
            date 2025-03-04 Kenyan President William Ruto spoke by phone with Ethiopian Prime Minister Abiy Ahmed on Monday.
            Kenyan Foreign Minister Musalia Mudavadi and Ethiopian Foreign Minister Gedion Timothewos signed a trade agreement.
            """);
        var call = d.OfType("Meeting").Single(m => m.Kind == "phone_call");
        Assert.False(d.Has("ATTENDED", "person:musalia-mudavadi", call.Id), d.Dump());
    }
}

/// <summary>The meeting rules show in the trace: which rule put whom where.</summary>
public class MeetingRuleTraceTests
{
    [Fact]
    public void TheTraceNamesThePronounAndTheSideMeetingRules()
    {
        var trace = new RelationsGraph.Extraction.Pipeline.ExtractionTrace();
        var article = new RelationsGraph.Extraction.Reading.ArticleReader().FromText("trace.txt", """
            date 2024-11-19 Leaders agreed a declaration at the G20 summit in Rio de Janeiro on Monday.
            Polish Prime Minister Donald Tusk arrived late.
            He held talks with Indian Prime Minister Narendra Modi on the sidelines.
            """, trace);
        new Extractor().Extract(article, trace);
        var text = trace.ToString();
        Assert.Contains("'He' -> person:donald-tusk  <- pronoun subject continues the previous sentence's subject", text);
        Assert.Contains("<- a side meeting is held where its gathering is", text);
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
