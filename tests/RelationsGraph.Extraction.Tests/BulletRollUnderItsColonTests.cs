namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "The accord was signed by:" with the bulleted signers on the lines right under it, no blank line between: the first bullet
/// is a line of its own as the ones after it are, so the whole roll signed.
/// </summary>
public class BulletRollUnderItsColonTests
{
    [Fact]
    public void BulletsRightUnderTheColonLineAreARollOfSigners()
    {
        var d = TestArticles.Extract("""
            date 2022-10-05 Norland and Vestria signed a river navigation treaty in Port Alder on Wednesday.

            For the two governments, the treaty was signed by:
            - Tomas Velden, Minister of Foreign Affairs of Norland;
            - Ilse Markow, Minister of Transport of Vestria.
            """);
        var treaty = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:tomas-velden", treaty.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:ilse-markow", treaty.Id), d.Dump());
    }
}
