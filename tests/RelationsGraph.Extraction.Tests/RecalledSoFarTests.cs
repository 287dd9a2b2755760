namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "The ministers signed the treaty. A signed with B. ... The treaty builds on what the two agreed ten years ago": a later
/// mention placed in the past does not take the document away from the bare signings told before it.
/// </summary>
public class RecalledSoFarTests
{
    [Fact]
    public void ALaterLookBackDoesNotUndoABareSigning()
    {
        var d = TestArticles.Extract("""
            date 2015-06-03 The foreign ministers of Norland and Vestria signed a river treaty in Port Alder on Wednesday.
            Norland Foreign Minister Tomas Velden signed with Vestrian Foreign Minister Ilse Markow.
            Officials said the treaty widens the customs union that the two states formed ten years ago.
            """);
        var treaty = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:tomas-velden", treaty.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:ilse-markow", treaty.Id), d.Dump());
    }
}
