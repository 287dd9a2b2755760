namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "X, the chief of staff, had been present from the first day and signed for his side": a bare signing verb joined by "and"
/// to an earlier verb of the sentence shares that verb's subject, the name opening the sentence.
/// </summary>
public class SubjectOfAnEarlierVerbTests
{
    private const string Lead = """
        date 2023-06-12 Delegations of Norland and Vestria met in the lakeside town of Orvik for three days of talks on their border.

        The two sides concluded a border demarcation agreement on Monday.
        """;

    // Pattern: name, apposition, a verb phrase of its own, then "and signed" with no subject between.
    [Fact]
    public void TheNameOpeningTheSentenceSignsAfterAnEarlierVerb()
    {
        var d = TestArticles.Extract(Lead + " Teodor Malvik, the deputy minister for regional affairs, had led the Norland team throughout and signed for Norland.");
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:teodor-malvik", agreement.Id), d.Dump());
    }

    // Pattern: a name that is the object of the earlier verb is no signer.
    [Fact]
    public void TheObjectOfTheEarlierVerbIsNoSigner()
    {
        var d = TestArticles.Extract(Lead + " Teodor Malvik thanked Aurel Dansk for his patience and signed for Norland.");
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:teodor-malvik", agreement.Id), d.Dump());
        Assert.False(d.Has("SIGNED", "person:aurel-dansk", agreement.Id), d.Dump());
    }
}
