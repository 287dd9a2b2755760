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
    public void BareSidelinesAfterTheStorysUnnamedSummitPutTheSidePairAtIt()
    {
        var d = TestArticles.Extract("""
            date 2024-10-03 Ministers from thirty countries opened a three-day ocean summit in Valparaiso on Tuesday.
            Peruvian President Ana Quispe told the opening session that fishing fleets had to be counted.
            On the sidelines, Norwegian Foreign Minister Erik Lunde held talks with Quispe on port inspections.
            """);
        var summit = d.OfType("Meeting").Single(m => m.Kind == "summit");
        var talks = d.OfType("Meeting").Single(m => m.Kind == "talks");
        Assert.True(d.Has("ATTENDED", "person:erik-lunde", talks.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:erik-lunde", summit.Id), d.Dump());
    }

    [Fact]
    public void SidelinesOfAnEarlierGatheringDoNotJoinTheStorysSummit()
    {
        var d = TestArticles.Extract("""
            date 2024-10-03 Ministers from thirty countries opened a three-day ocean summit in Valparaiso on Tuesday.
            Peruvian President Ana Quispe told the opening session that fishing fleets had to be counted.
            Norwegian Foreign Minister Erik Lunde last met Quispe on the sidelines of a forum in Lima in 2019.
            """);
        var summit = d.OfType("Meeting").Single(m => m.Kind == "summit" && d.Has("ATTENDED", "person:ana-quispe", m.Id) && d.Has("HELD_IN", m.Id, "place:valparaiso"));
        Assert.False(d.Has("ATTENDED", "person:erik-lunde", summit.Id), d.Dump());
    }

    [Fact]
    public void TwoLeadersOfASummitTalkingOnTheirOwnMeetApartFromIt()
    {
        var d = TestArticles.Extract("""
            date 2025-03-11 Ghanaian President Kofi Mensah, Togolese President Yao Adjovi and Beninese President Luc Houngbo met in Lome on Monday for a summit on coastal security.
            Mensah and Adjovi held talks of their own later that evening.
            """);
        var summit = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:luc-houngbo", m.Id));
        var talks = d.OfType("Meeting").Single(m => m.Id != summit.Id);
        Assert.True(d.Has("ATTENDED", "person:kofi-mensah", talks.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:yao-adjovi", talks.Id), d.Dump());
        Assert.False(d.Has("ATTENDED", "person:luc-houngbo", talks.Id), d.Dump());
    }

    [Fact]
    public void PairMeetingOnTheSidelinesOfAnUnnamedSummitIsAMeetingOfItsOwn()
    {
        var d = TestArticles.Extract("""
            date 2024-03-14 Latvian President Ilze Ozola and Chilean President Tomas Varela met in Tashkent on Tuesday on the sidelines of a four-nation summit with Moroccan Prime Minister Karim Bennani.
            """);
        var summit = d.OfType("Meeting").Single(m => m.Kind == "summit");
        var talks = d.OfType("Meeting").Single(m => m.Kind == "talks");
        Assert.True(d.Has("ATTENDED", "person:ilze-ozola", talks.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:tomas-varela", talks.Id), d.Dump());
        Assert.False(d.Has("ATTENDED", "person:karim-bennani", talks.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:karim-bennani", summit.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:ilze-ozola", summit.Id), d.Dump());
        Assert.True(d.Has("HELD_IN", talks.Id, "place:tashkent"), d.Dump());
        Assert.True(d.Has("HELD_IN", summit.Id, "place:tashkent"), d.Dump());
    }

    [Fact]
    public void ASummitBringingSomeoneNewToASideMeetingIsAnotherEvent()
    {
        var d = TestArticles.Extract("""
            date 2024-11-16 Estonian Prime Minister Mari Tamm and Ghanaian President Kofi Mensah held talks in Lima on Friday on the sidelines of an ocean conference.
            The two leaders later joined Irish Taoiseach Sean Dunne for a trilateral summit.
            """);
        var trilateral = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:sean-dunne", m.Id));
        var talks = d.OfType("Meeting").Single(m => m.Id != trilateral.Id);
        Assert.True(d.Has("ATTENDED", "person:mari-tamm", talks.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:kofi-mensah", talks.Id), d.Dump());
        Assert.True(d.Has("HELD_IN", talks.Id, "place:lima"), d.Dump());
    }

    [Fact]
    public void ASessionOnTheMarginsOfTalksKeepsItsPeopleOutOfThem()
    {
        var d = TestArticles.Extract("""
            date 2022-05-10 Peruvian President Ana Quispe held talks with Kenyan President Daniel Kiprop at the palace in Lima on Monday.
            Peruvian Foreign Minister Luis Salazar held a working session with Kenyan Foreign Minister Grace Wanjiru on the margins of the talks.
            """);
        var talks = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:ana-quispe", m.Id));
        var session = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:grace-wanjiru", m.Id));
        Assert.NotEqual(talks.Id, session.Id);
        Assert.False(d.Has("ATTENDED", "person:luis-salazar", talks.Id), d.Dump());
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

    [Fact]
    public void WitnessingASigningInsideASummitAlreadyToldStaysWithTheSummit()
    {
        var d = TestArticles.Extract("""
            date 2025-10-27 Malaysian Prime Minister Anwar Ibrahim hosted the ASEAN summit in Kuala Lumpur on Sunday.
            The leaders adopted a joint statement, and U.S. President Donald Trump witnessed the signing of a peace accord.
            """);
        var summit = d.OfType("Meeting").Single(m => m.Aliases.Any(a => a.Contains("ASEAN")));
        Assert.True(d.Has("ATTENDED", "person:donald-trump", summit.Id), d.Dump());
    }
}
