using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Tests;

/// <summary>A retrospective's day told without a year keeps the year its narrative set (StoryDayYear).</summary>
public class StoryDayYearTests
{
    private static List<string?> Dates(string text, string published)
    {
        var sentences = SentenceSplitter.Split(text);
        var p = DateOnly.Parse(published);
        var dates = sentences.Select(s => DateResolver.Find(s, p)).ToList();
        StoryDayYear.Carry(sentences, dates, p);
        return dates.SelectMany(d => d).Select(d => d.Value).ToList();
    }

    [Fact]
    public void ADayAfterADateOfAnEarlierYearTakesThatYear()
    {
        var values = Dates("The envoys of Varnelia reached Ostrava Minor on 4 May 1821. Count Belmonte kept them waiting. " +
                           "They finally signed the accord at dawn on 6 May in the old customs house.", "2021-05-06");
        Assert.Equal(["1821-05-04", "1821-05-06"], values);
    }

}
