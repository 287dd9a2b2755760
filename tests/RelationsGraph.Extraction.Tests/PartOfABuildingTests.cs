namespace RelationsGraph.Extraction.Tests;

/// <summary>A venue named after a part of it ("on the steps of", "inside the hall of") is led by the locative before the part.</summary>
public class PartOfABuildingTests
{
    [Fact]
    public void ASigningOnTheStepsOfABuildingIsHeldThere()
    {
        var d = TestArticles.Extract("""
            ACCRA, June 9, 2019 - Ghanaian President Kwame Asante and Togolese President Edem Koffi signed a border treaty on Monday.
            Asante and Koffi sat at a folding table on the wide steps of Osu Castle House while ministers Abena Owusu and Kodjo Ameyo stood beside them.
            """);
        var signing = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:edem-koffi", m.Id));
        Assert.True(d.Has("HELD_IN", signing.Id, "place:osu-castle-house"), d.Dump());
    }
}
