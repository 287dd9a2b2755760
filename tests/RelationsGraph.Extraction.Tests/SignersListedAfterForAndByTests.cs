namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "signed for Ruritania by A, a deputy, B, a counsellor, and C": every name of the roll after "for" a country and "by"
/// signs for that country, not only the first.
/// </summary>
public class SignersListedAfterForAndByTests
{
    private const string Opening = "date 1904-06-02 A frontier war between two old neighbours ended on Thursday with a treaty signed at a lakeside hotel. ";

    [Fact]
    public void EveryNameOfTheRollAfterForAndByTakesTheSide()
    {
        var d = TestArticles.Extract(Opening + "The treaty was signed for Portugal by Tiago Almeirim-Souto, a deputy from the north, Duarte Pessanha-Vilar, a counsellor of state, and Rui Cabrela-Montes, the shipowner who first sounded out the other side.");
        Assert.True(d.Has("REPRESENTS", "person:duarte-pessanha-vilar", "country:pt"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:rui-cabrela-montes", "country:pt"), d.Dump());
    }

    [Fact]
    public void CompanionAfterTogetherWithTakesTheSide()
    {
        var d = TestArticles.Extract(Opening + "It was signed for Denmark by Henrik Oldagger, the minister of marine, together with Jens Vammerup.");
        Assert.True(d.Has("REPRESENTS", "person:jens-vammerup", "country:dk"), d.Dump());
    }
}
