namespace RelationsGraph.Extraction.Tests;

/// <summary>A counted pair of leaders ("both presidents") speaks for the two states of the meeting of the two.</summary>
public class PairOfLeadersPartiesTests
{
    private const string Story = """
        date 2025-02-11 Kyrgyz President Sadyr Japarov held a phone call with Turkmen President Serdar Berdimuhamedov on Tuesday.
        Tajikistan has long argued over water with its neighbours, and Tajikistan is building a dam upstream.
        Officials in Tajikistan said Tajikistan would not join the talks.

        """;

    [Theory]
    [InlineData("Both presidents noted that the Treaty on Strategic Partnership remained the foundation of their ties.")]
    [InlineData("The two leaders said the Treaty on Strategic Partnership remained the foundation of their ties.")]
    public void TheTreatyThePairUpholdsIsTheirStates(string sentence)
    {
        var d = TestArticles.Extract(Story + sentence);
        var treaty = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("PARTY_TO", "country:kg", treaty.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:tm", treaty.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:tj", treaty.Id), d.Dump());
    }

    [Theory]
    [InlineData("Two ministers of each side met in Bishkek.", false)]
    [InlineData("Both prime ministers spoke to reporters.", true)]
    [InlineData("The two foreign ministers spoke to reporters.", true)]
    public void APairIsBothOrTheTwoBeforeAnOffice(string text, bool pair) =>
        Assert.Equal(pair, Extraction.Agreements.PairOfLeaders.In(Extraction.Text.SentenceSplitter.Split(text)[0]));
}
