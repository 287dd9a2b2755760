using RelationsGraph.Extraction.Model;

namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// Attendance at a multilateral gathering told without the meeting noun beside each name: the gathering as the subject of
/// a roll verb ("was attended by", "It was co-chaired by ... and brought together"), people placed in its room as a group
/// ("Other leaders in the hall included"), "also participated", and a photo caption's left-to-right roll.
/// </summary>
public class GatheringRollTests
{
    private const string Lead = "date 2025-03-03 Leaders of the Atlantic Forum opened their annual summit in Lisbon on Monday.\n";

    private static string SummitOf(ExtractionDocument d) => Assert.Single(d.OfType("Meeting")).Id;

    [Fact]
    public void PassiveAttendanceListWithLongTitlesIsReadToItsEnd()
    {
        var d = TestArticles.Extract(Lead + "The summit was attended by French President Emmanuel Macron, His Majesty King Felipe VI of Spain, " +
                                     "His Highness Sheikh Tamim bin Hamad Al Thani, Emir of Qatar, and Canadian Prime Minister Mark Carney.\n");
        var summit = SummitOf(d);
        Assert.True(d.Has("ATTENDED", "person:emmanuel-macron", summit));
        Assert.True(d.Has("ATTENDED", "person:tamim-bin-hamad-al-thani", summit));
        Assert.True(d.Has("ATTENDED", "person:mark-carney", summit));
    }

    [Fact]
    public void ItWasCoChairedByAndBroughtTogether()
    {
        var d = TestArticles.Extract(Lead + "It was co-chaired by Spanish Prime Minister Pedro Sanchez and Moroccan Prime Minister Aziz Akhannouch, " +
                                     "and brought together Irish Taoiseach Micheal Martin, Icelandic Prime Minister Bjarni Benediktsson and Norwegian Prime Minister Jonas Gahr Store.\n");
        var summit = SummitOf(d);
        Assert.True(d.Has("ATTENDED", "person:pedro-sanchez", summit));
        Assert.True(d.Has("ATTENDED", "person:aziz-akhannouch", summit));
        Assert.True(d.Has("ATTENDED", "person:jonas-gahr-store", summit));
    }

    [Fact]
    public void ACommitteeChairedBySomeoneIsNoRoll()
    {
        var d = TestArticles.Extract(Lead + "The draft came from a committee that was chaired by Norwegian Prime Minister Jonas Gahr Store last year.\n");
        Assert.DoesNotContain(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:jonas-gahr-store", m.Id));
    }

    [Fact]
    public void OtherLeadersInTheHallIncluded()
    {
        var d = TestArticles.Extract(Lead + "Other leaders in the hall included Brazilian President Luiz Inacio Lula da Silva and Senegalese President Bassirou Diomaye Faye.\n");
        var summit = SummitOf(d);
        Assert.True(d.Has("ATTENDED", "person:luiz-inacio-lula-da-silva", summit));
        Assert.True(d.Has("ATTENDED", "person:bassirou-diomaye-faye", summit));
    }

    [Fact]
    public void AmongTheLeadersInTheHallAndEarlyArrivals()
    {
        var d = TestArticles.Extract(Lead +
            "Estonian Prime Minister Kristen Michal, Latvian Prime Minister Evika Silina and Finnish Prime Minister Petteri Orpo were among the leaders in the hall.\n" +
            "Among the early arrivals were Belgian Prime Minister Bart De Wever and Dutch Prime Minister Dick Schoof.\n");
        var summit = SummitOf(d);
        Assert.True(d.Has("ATTENDED", "person:kristen-michal", summit));
        Assert.True(d.Has("ATTENDED", "person:petteri-orpo", summit));
        Assert.True(d.Has("ATTENDED", "person:dick-schoof", summit));
    }

    [Fact]
    public void AlsoParticipated()
    {
        var d = TestArticles.Extract(Lead + "Danish Foreign Minister Lars Lokke Rasmussen also participated.\n");
        Assert.True(d.Has("ATTENDED", "person:lars-lokke-rasmussen", SummitOf(d)));
    }

    [Fact]
    public void PhotoCaptionFromLeft()
    {
        var d = TestArticles.Extract(Lead + "Family photo at the congress centre on Monday: from left, Keir Starmer, Friedrich Merz, Giorgia Meloni and Mark Rutte.\n");
        var summit = SummitOf(d);
        Assert.True(d.Has("ATTENDED", "person:keir-starmer", summit));
        Assert.True(d.Has("ATTENDED", "person:mark-rutte", summit));
    }

    [Fact]
    public void LeftAsAVerbIsNoCaption()
    {
        var d = TestArticles.Extract(Lead + "Finnish Prime Minister Petteri Orpo left from Helsinki, where he had spoken with Keir Starmer by phone.\n");
        Assert.DoesNotContain(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:keir-starmer", m.Id) && m.Kind == "summit");
    }
}
