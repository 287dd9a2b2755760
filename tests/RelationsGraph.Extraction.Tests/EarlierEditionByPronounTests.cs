namespace RelationsGraph.Extraction.Tests;

/// <summary>"The last one was held in X in 2019 with A and B": an earlier edition of a series told by "one" is a gathering of its own.</summary>
public class EarlierEditionByPronounTests
{
    private const string Lead =
        "date 2024-05-14 Ghanaian President Kofi Mensah, Togolese President Komi Adjavon and Beninese President Paul Dossou met in Accra on Tuesday for the fifth trilateral summit.";

    [Fact]
    public void TheLastOneTakesItsOwnPlaceDateAndPeople()
    {
        var d = TestArticles.Extract(Lead + """

            The last one, the fourth, was held in Cotonou, Benin, in March 2019, with Ghanaian President Samuel Owusu and Togolese President Faure Kpatcha.
            """);
        var earlier = d.OfType("Meeting").Single(m => m.Date == "2019-03");
        Assert.True(d.Has("HELD_IN", earlier.Id, "place:cotonou"), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:samuel-owusu", earlier.Id), d.Dump());
        Assert.False(d.Has("ATTENDED", "person:kofi-mensah", earlier.Id), d.Dump());
        var current = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:kofi-mensah", m.Id));
        Assert.NotEqual("2019-03", current.Date);
        Assert.False(d.Has("ATTENDED", "person:samuel-owusu", current.Id), d.Dump());
        Assert.False(d.Has("HELD_IN", current.Id, "place:cotonou"), d.Dump());
    }

    [Fact]
    public void ThePreviousOneIsNotThisWeeksGathering()
    {
        var d = TestArticles.Extract(Lead + """

            The previous one was held in Lome in 2021.
            """);
        var current = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:kofi-mensah", m.Id));
        Assert.False(d.Has("HELD_IN", current.Id, "place:lome"), d.Dump());
    }

    [Fact]
    public void TheFirstOneWithAReducedRelativeIsAnEditionOfItsOwn()
    {
        var d = TestArticles.Extract(Lead + """

            The three coastal states have not met at this level since the first one, held in Lome in June 2016, which set up a joint patrol.
            """);
        var earlier = d.OfType("Meeting").Single(m => m.Date == "2016-06");
        Assert.True(d.Has("HELD_IN", earlier.Id, "place:lome"), d.Dump());
        var current = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:kofi-mensah", m.Id));
        Assert.False(d.Has("HELD_IN", current.Id, "place:lome"), d.Dump());
    }
}
