using RelationsGraph.Extraction.Model;

namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "The treaty was signed by:" with its bulleted signers on the lines right under it, no blank line between: the first
/// bullet is a line of the roll as the ones after it are, and a bullet naming no one the story knows does not end the roll.
/// </summary>
public class SignedByBulletRollTests
{
    private static ExtractionDocument SignedBy(string firstBullet) => TestArticles.Extract($"""
        date 2022-10-05 Norland and Vestria signed a river navigation treaty in Port Alder on Wednesday.

        For the two governments, the treaty was signed by:
        - {firstBullet};
        - Ilse Markow, Minister of Transport of Vestria.
        """);

    [Fact]
    public void BulletsRightUnderTheColonLineAreARollOfSigners()
    {
        var d = SignedBy("Tomas Velden, Minister of Foreign Affairs of Norland");
        var treaty = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:tomas-velden", treaty.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:ilse-markow", treaty.Id), d.Dump());
    }

    [Fact]
    public void ABulletWithNoKnownPersonDoesNotEndTheRoll()
    {
        var d = SignedBy("the head of the Norland river authority");
        var treaty = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:ilse-markow", treaty.Id), d.Dump());
    }
}
