using RelationsGraph.Extraction.Meetings;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Tests;

/// <summary>"the ASEAN-China summit" and "the ASEAN-India summit": a grouping meeting each partner holds a gathering of its own.</summary>
public class JointGatheringTests
{
    [Theory]
    [InlineData("Leaders met at the Nordic-Japan summit on Monday.", "summit", "nordic,japan")]
    [InlineData("Mr Li joined the Mercosur Plus Two session.", "session", "mercosur,two")]
    [InlineData("Mr Li joined the first Africa – Caribbean Community summit.", "summit", "africa,caribbean community")]
    [InlineData("Leaders met at the Ninth Andean Summit on Monday.", "Summit", "")]
    public void TheNameBeforeTheNounGivesItsParties(string sentence, string noun, string parties)
    {
        var tokens = Tokenizer.Tokenize(sentence);
        var i = tokens.ToList().FindIndex(t => t.Text == noun);
        var found = JointGathering.PartiesBefore(tokens, i);
        Assert.Equal(parties, found is null ? "" : string.Join(",", found));
    }

    [Fact]
    public void NamesSharingAPartyButNotTheOtherDiffer()
    {
        Assert.True(JointGathering.Differ(["asean", "china"], ["asean", "india"]));
        Assert.False(JointGathering.Differ(["asean", "china"], ["china", "asean"]));
        // "the Xi-Biden summit" and "the US-China summit" may be one gathering named two ways: no party shared, no verdict.
        Assert.False(JointGathering.Differ(["xi", "biden"], ["us", "china"]));
    }

    [Fact]
    public void TwoJointSummitsToldTogetherAreTwoGatherings()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 Chinese Premier Li Wei arrived in Lima on Monday for a state visit hosted by Peruvian President Ana Torres.
            On Friday Li will attend the first China–Andean Community summit and the first China–Caribbean Community summit, both hosted in Lima by Torres.
            """);
        var summits = d.OfType("Meeting").Where(m => m.Kind == "summit" && d.Has("ATTENDED", "person:li-wei", m.Id)).ToList();
        Assert.True(summits.Count >= 2, d.Dump());
    }
}
