namespace RelationsGraph.Extraction.Tests;

/// <summary>The story's visit told with its visitor's side only and no encounter of two: the visited country's one named leader hosts it.</summary>
public class HeadOfTheVisitedStateTests
{
    [Fact]
    public void TheVisitedCountrysCounterpartHostsTheVisit()
    {
        var d = TestArticles.Extract("date 2024-06-09 Tanzanian President Amani Mwakyusa arrives in Zambia on Monday for a two-day state visit. " +
                                     "A Tanzanian foreign ministry official said the Head of State would hold discussions with his Zambian counterpart, Mulenga Chisanga. " +
                                     "The trip follows a string of regional tours by Mwakyusa this year.");
        var visit = Assert.Single(d.OfType("Meeting"), m => m.Kind == "visit");
        Assert.True(d.Has("ATTENDED", "person:amani-mwakyusa", visit.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:mulenga-chisanga", visit.Id), d.Dump());
    }

    [Fact]
    public void TheVisitedCountrysPrimeMinisterHostsTheVisit()
    {
        var d = TestArticles.Extract("date 2024-02-12 Fijian Prime Minister Josaia Ravuvu arrived on Sunday for a three-day official visit to Samoa. " +
                                     "Samoan Prime Minister Lemalu Toleafoa has made regional trade a priority of her term. " +
                                     "Officials in Suva said fisheries and labour mobility were on the agenda.");
        var visit = Assert.Single(d.OfType("Meeting"), m => m.Kind == "visit");
        Assert.True(d.Has("ATTENDED", "person:lemalu-toleafoa", visit.Id), d.Dump());
    }

    /// <summary>Guard (passes with the rule off too): a vice-president of the visited country is no head who hosts.</summary>
    [Fact]
    public void AVicePresidentOfTheVisitedCountryIsNoHost()
    {
        var d = TestArticles.Extract("date 2024-06-09 Tanzanian President Amani Mwakyusa arrives in Zambia on Monday for a two-day state visit. " +
                                     "Zambian Vice-President Mutale Bwalya is abroad this week at a conference on climate finance. " +
                                     "The trip follows a string of regional tours by Mwakyusa this year.");
        var visit = Assert.Single(d.OfType("Meeting"), m => m.Kind == "visit");
        Assert.False(d.Has("ATTENDED", "person:mutale-bwalya", visit.Id), d.Dump());
    }
}
