namespace RelationsGraph.Extraction.Tests;

/// <summary>"In March X was received by Y, a gesture X said on Friday ...": the saying's day does not date the reception told with its own month.</summary>
public class SayingDayTests
{
    private const string Lead = "date 2025-06-14 Foreign Minister Oskar Vellamo of Finland opened a trade fair in Helsinki on Saturday.";

    [Fact]
    public void TheReceptionKeepsItsMonthNotTheDayOfTheRemark()
    {
        var d = TestArticles.Extract(Lead + "\nPresident Dalia Korvenkari of Lithuania sent a message of greeting.\n" +
                                     "In March, while still a junior envoy posted to the small embassy in Tallinn, Vellamo was received by Korvenkari in Vilnius, a gesture he said on Friday he had never forgotten.\n");
        Assert.DoesNotContain(d.OfType("Meeting"), m => m.Date == "2025-06-13");
        Assert.Contains(d.OfType("Meeting"), m => m.Date == "2025-03");
    }

    [Fact]
    public void ALateRemarkDoesNotDateTheTalksOfAnEarlierMonth()
    {
        var d = TestArticles.Extract(Lead + "\nLast February Vellamo held talks with Prime Minister Ruta Skardene of Lithuania in Vilnius, a meeting that he recalled late on Friday with some fondness.\n");
        Assert.DoesNotContain(d.OfType("Meeting"), m => m.Date == "2025-06-13");
    }
}
