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

    [Theory]
    [InlineData("The summit was attended by French President Emmanuel Macron, His Majesty King Felipe VI of Spain, " +
                "His Highness Sheikh Tamim bin Hamad Al Thani, Emir of Qatar, and Canadian Prime Minister Mark Carney.",
                "emmanuel-macron", "tamim-bin-hamad-al-thani", "mark-carney")]
    [InlineData("It was co-chaired by Spanish Prime Minister Pedro Sanchez and Moroccan Prime Minister Aziz Akhannouch, " +
                "and brought together Irish Taoiseach Micheal Martin, Icelandic Prime Minister Bjarni Benediktsson and Norwegian Prime Minister Jonas Gahr Store.",
                "pedro-sanchez", "aziz-akhannouch", "jonas-gahr-store")]
    [InlineData("Other leaders in the hall included Brazilian President Luiz Inacio Lula da Silva and Senegalese President Bassirou Diomaye Faye.",
                "luiz-inacio-lula-da-silva", "bassirou-diomaye-faye")]
    [InlineData("Estonian Prime Minister Kristen Michal, Latvian Prime Minister Evika Silina and Finnish Prime Minister Petteri Orpo were among the leaders in the hall.\n" +
                "Among the early arrivals were Belgian Prime Minister Bart De Wever and Dutch Prime Minister Dick Schoof.",
                "kristen-michal", "petteri-orpo", "dick-schoof")]
    [InlineData("Chilean President Marta Oyarzal and Peru's Prime Minister Tomas Quelcaya, who arrived by road, were among the dozen regional leaders present.",
                "marta-oyarzal", "tomas-quelcaya")]
    [InlineData("Danish Foreign Minister Lars Lokke Rasmussen also participated.", "lars-lokke-rasmussen")]
    [InlineData("Family photo at the congress centre on Monday: from left, Keir Starmer, Friedrich Merz, Giorgia Meloni and Mark Rutte.",
                "keir-starmer", "mark-rutte")]
    public void RollOfTheGatheringAttendsIt(string text, params string[] attendees)
    {
        var d = TestArticles.Extract(Lead + text + "\n");
        var summit = SummitOf(d);
        foreach (var person in attendees) Assert.True(d.Has("ATTENDED", "person:" + person, summit), person);
    }

    [Fact]
    public void ACommitteeChairedBySomeoneIsNoRoll()
    {
        var d = TestArticles.Extract(Lead + "The draft came from a committee that was chaired by Norwegian Prime Minister Jonas Gahr Store last year.\n");
        Assert.DoesNotContain(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:jonas-gahr-store", m.Id));
    }

    [Fact]
    public void LeftAsAVerbIsNoCaption()
    {
        var d = TestArticles.Extract(Lead + "Finnish Prime Minister Petteri Orpo left from Helsinki, where he had spoken with Keir Starmer by phone.\n");
        Assert.DoesNotContain(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:keir-starmer", m.Id) && m.Kind == "summit");
    }

    [Fact]
    public void AParticipleJoinedByAndToHeldAttendsTheGathering()
    {
        var d = TestArticles.Extract("date 2025-06-09 Foreign ministers gathered on Saturday for a conference on river trade in Corvallin, " +
                                     "held at the Marrowgate Congress Centre and co-chaired by Austrian Foreign Minister Tavo Renquist, " +
                                     "Chilean Foreign Minister Ilsa Damaran and Kenyan Foreign Minister Odero Wambugai.\n");
        var conference = Assert.Single(d.OfType("Meeting")).Id;
        foreach (var person in new[] { "tavo-renquist", "ilsa-damaran", "odero-wambugai" })
            Assert.True(d.Has("ATTENDED", "person:" + person, conference), person);
    }

    [Fact]
    public void AnAndBetweenTwoDaysKeepsTheRollOnTheGathering()
    {
        var d = TestArticles.Extract("date 2025-06-09 The trade summit in Corvallin on Saturday and Sunday was attended by " +
                                     "Austrian Foreign Minister Tavo Renquist and Chilean Foreign Minister Ilsa Damaran.\n");
        var summit = Assert.Single(d.OfType("Meeting"));
        foreach (var person in new[] { "tavo-renquist", "ilsa-damaran" })
            Assert.True(d.Has("ATTENDED", "person:" + person, summit.Id), person);
    }
}
