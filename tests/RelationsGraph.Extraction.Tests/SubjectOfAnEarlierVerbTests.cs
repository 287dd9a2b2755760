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

    // Pattern: a fronted place phrase, a counted group noun with two names in apposition, a verb phrase, then "and signed".
    [Fact]
    public void BothNamesOfAGroupSubjectSignAfterAnEarlierVerb()
    {
        var d = TestArticles.Extract(Lead + " In the boathouse the two Norland negotiators, Teodor Malvik and Sigrun Haldane, sat at a long oak table and signed for the Norland government.");
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:teodor-malvik", agreement.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:sigrun-haldane", agreement.Id), d.Dump());
    }

    // Pattern: the group's names each carry a description between commas before the earlier verb.
    [Fact]
    public void DescribedNamesOfAGroupSubjectSignAfterAnEarlierVerb()
    {
        var d = TestArticles.Extract(Lead + " The two delegates, Teodor Malvik, the deputy minister, and Aurel Dansk, the foreign minister of Vestria, were shown into the council chamber and signed first.");
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:teodor-malvik", agreement.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:aurel-dansk", agreement.Id), d.Dump());
    }

    // Pattern: a description naming an office again ("the Foreign Minister") stands for the name it follows, no third member.
    [Fact]
    public void AnOfficeDescribingANameOfTheGroupIsNoThirdMember()
    {
        var d = TestArticles.Extract(Lead + " The two Norland envoys, Teodor Malvik, the Foreign Minister, and Sigrun Haldane, the Minister of Fisheries, were brought into the great hall late in the morning and signed together.");
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:teodor-malvik", agreement.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:sigrun-haldane", agreement.Id), d.Dump());
    }
}
