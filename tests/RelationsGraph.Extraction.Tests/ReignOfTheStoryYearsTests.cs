using RelationsGraph.Extraction.Model;

namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A reign name several past rulers bore means the one in office in the years the piece writes, and a ruler of a past
/// century gets his realm only when the piece's years fall in his reign (ReignOfTheStoryYears).
/// </summary>
public class ReignOfTheStoryYearsTests
{
    private const string Rulers =
        "Odric IV of Norway|NO|King|1500-1520|Odric IV\n" +
        "Odric IV|SE|King|1610-1640|\n" +
        "Odric IV of Denmark|DK|King|1700-1730|Odric IV\n" +
        "Lord Tamberlyn|IE|Lord Lieutenant|1780-1790|\n" +
        "Lord Tamberlyn|GB|Prime Minister|1801-1806|\n" +
        "Aurel Vittenhoff|AT|Foreign Minister|1820-1840|\n" +
        "Bruno Vittenhoff|XP|Foreign Minister|1790-1800|\n" +
        "Osric Quillfeather|GB|Foreign Secretary|1822-1827|\n";

    private static ExtractionDocument Extract(string text) => TestArticles.ExtractKnowing(Rulers, text);

    [Fact]
    public void TheSentencesYearChoosesTheEarlierRuler()
    {
        var d = Extract("In 1625 Odric IV sent two envoys to Marrowick to settle the grain tolls between Sweden, Denmark and Norway.");
        Assert.True(d.Has("REPRESENTS", "person:odric-iv", "country:se"), d.Dump());
        Assert.False(d.Relationships.Any(r => r.Type == "REPRESENTS" && r.From.StartsWith("person:odric-iv") && r.To != "country:se"), d.Dump());
    }

    [Fact]
    public void TheSentencesYearChoosesTheLaterRuler()
    {
        var d = Extract("In 1712 Odric IV sent two envoys to Marrowick to settle the grain tolls between Sweden, Denmark and Norway.");
        Assert.True(d.Entities.Any(e => e.Id.StartsWith("person:odric-iv") && d.Has("REPRESENTS", e.Id, "country:dk")), d.Dump());
        Assert.False(d.Relationships.Any(r => r.Type == "REPRESENTS" && r.From.StartsWith("person:odric-iv") && r.To != "country:dk"), d.Dump());
    }

    [Fact]
    public void NoYearsLeaveASharedReignNameWithoutARealm()
    {
        var d = Extract("Odric IV sent two envoys to Marrowick to settle the grain tolls between Sweden, Denmark and Norway.");
        Assert.False(d.Relationships.Any(r => r.Type == "REPRESENTS" && r.From.StartsWith("person:odric-iv")), d.Dump());
    }

    [Fact]
    public void APastStatesmanInAStoryOfTodayGetsNoRealm()
    {
        var d = Extract("date 2024-05-02 Visitors to the new gallery in Marrowick saw a portrait of Osric Quillfeather beside a painted barge from Britain.");
        Assert.False(d.Has("REPRESENTS", "person:osric-quillfeather", "country:gb"), d.Dump());
    }

    [Fact]
    public void APastStatesmanInAPieceOfHisYearsGetsHisRealm()
    {
        var d = Extract("In 1803 Lord Tamberlyn wrote to the court at Marrowick about the grain tolls Britain and Ireland levied on the river.");
        Assert.True(d.Has("REPRESENTS", "person:lord-tamberlyn", "country:gb"), d.Dump());
        Assert.False(d.Has("REPRESENTS", "person:lord-tamberlyn", "country:ie"), d.Dump());
    }

    [Fact]
    public void AFamilyNameOfAPastMinisterIsPlacedByThePiecesYears()
    {
        var d = Extract("The envoys met at Marrowick in March 1830. Vittenhoff said Austria would wait for the harvest.");
        Assert.True(d.Has("REPRESENTS", "person:aurel-vittenhoff", "country:at"), d.Dump());
    }

    [Fact]
    public void AFamilyNameOfAPastMinisterInAStoryOfTodayIsNotHim()
    {
        var d = Extract("date 2024-05-02 The envoys met at Marrowick on Monday. Quillfeather said Britain would wait for the harvest.");
        Assert.False(d.Has("REPRESENTS", "person:osric-quillfeather", "country:gb"), d.Dump());
    }

    // The built-in list: sovereigns and chief ministers of 1450-1950 (only the data is the point here).
    [Fact]
    public void TheBuiltInListKnowsAChiefMinisterOfThePast()
    {
        var d = TestArticles.Extract("In 1648 Cardinal Mazarin sent two envoys to Marrowick to settle the grain tolls France owed.");
        Assert.True(d.Relationships.Any(r => r.Type == "REPRESENTS" && r.From.Contains("mazarin") && r.To == "country:fr"), d.Dump());
    }

    [Theory]
    [InlineData("1470", "country:at")]
    [InlineData("1660", "country:dk")]
    [InlineData("1888", "country:de")]
    public void TheBuiltInListPlacesASharedReignNameByTheYear(string year, string realm)
    {
        var d = TestArticles.Extract($"In {year} Emperor Frederick III sent two envoys to Marrowick. Austria, Denmark and Germany each kept a copy of the toll roll."
            .Replace("Emperor Frederick", year == "1660" ? "King Frederick" : "Emperor Frederick"));
        Assert.True(d.Relationships.Any(r => r.Type == "REPRESENTS" && r.From.Contains("frederick-iii") && r.To == realm), d.Dump());
    }
}
