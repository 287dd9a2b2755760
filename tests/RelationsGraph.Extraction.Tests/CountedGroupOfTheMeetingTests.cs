namespace RelationsGraph.Extraction.Tests;

/// <summary>A counted group that signs stands for the people of the gathering just told when they are as many as it counts.</summary>
public class CountedGroupOfTheMeetingTests
{
    [Fact]
    public void TheTwoLeadersAreThePairWhoMetNotTheAidesNamedLast()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10 GABORONE - Botswana's President Kago Mphele held talks with Namibian President Tuli Ndaitwa in Gaborone on Friday.
            Botswana's Foreign Minister Neo Setlhare told reporters that Namibian Trade Minister Ester Amupolo had drafted much of the text.
            The two leaders then signed the Okavango Fisheries Accord.
            """);
        var accord = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:kago-mphele", accord.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:tuli-ndaitwa", accord.Id), d.Dump());
        Assert.False(d.Has("SIGNED", "person:neo-setlhare", accord.Id), d.Dump());
        Assert.False(d.Has("SIGNED", "person:ester-amupolo", accord.Id), d.Dump());
    }

    [Fact]
    public void AGatheringOfAnotherNumberLeavesTheGroupToTheNamesBefore()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10 GABORONE - Botswana's President Kago Mphele hosted a summit of southern African leaders in Gaborone on Friday.
            Namibian President Tuli Ndaitwa and Zambian President Mwila Banda arrived late.
            The two presidents signed the Kazungula Transit Accord on the sidelines.
            """);
        var accord = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:tuli-ndaitwa", accord.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:mwila-banda", accord.Id), d.Dump());
        Assert.False(d.Has("SIGNED", "person:kago-mphele", accord.Id), d.Dump());
    }
}
