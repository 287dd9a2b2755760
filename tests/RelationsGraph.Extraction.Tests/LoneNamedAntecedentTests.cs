namespace RelationsGraph.Extraction.Tests;

/// <summary>An opening "He"/"She" after a sentence whose subject is a thing stands for the one person that sentence names.</summary>
public class LoneNamedAntecedentTests
{
    [Fact]
    public void ThePronounAfterAThingAsSubjectIsTheOnePersonNamed()
    {
        var d = TestArticles.Extract("""
            date 2022-05-18 VARNOVA, May 18 (Wire) - Lakeland and Dravia opened a new ferry line on Wednesday.
            The opening rounded off three crowded days of shuttle travel for Mrs Ilse Brannvik, who landed in Varnova late on Monday.
            She held talks with Prime Minister Tomas Harjuvel of Dravia on Tuesday evening.
            """);
        var talks = Assert.Single(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:tomas-harjuvel", m.Id));
        Assert.True(d.Has("ATTENDED", "person:ilse-brannvik", talks.Id), d.Dump());
    }

    [Fact]
    public void APossessorAloneInTheSentenceIsThePronounsReferent()
    {
        var d = TestArticles.Extract("""
            date 2021-09-07 KORSTAD, Sept 7 (Wire) - The harbour talks resumed in Korstad this week.
            The week in Korstad is Estravian Foreign Minister Osvald Mierlund's second stay in the port town.
            He met President Anselm Vorkoi of Kelmaria at the old customs house on Tuesday.
            """);
        var talks = Assert.Single(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:anselm-vorkoi", m.Id));
        Assert.True(d.Has("ATTENDED", "person:osvald-mierlund", talks.Id), d.Dump());
    }
}
