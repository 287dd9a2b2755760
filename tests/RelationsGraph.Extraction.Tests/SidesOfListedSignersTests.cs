namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "A of the X Front (XF), B of the Y Union (YU) and C of the Z Movement (ZM) signed for the movements they lead": each
/// name of a subject list may carry its side after "of", a long one with its abbreviation, before the comma or "and" that
/// joins it to the next (see ObjectlessSigning.JoinedByComma).
/// </summary>
public class SidesOfListedSignersTests
{
    [Fact]
    public void EveryNameOfAListWhoseItemsCarryTheirSidesSigned()
    {
        var d = TestArticles.Extract("""
            date 2024-06-04 The Corvan Accord was signed in Valdora on Tuesday.
            Tomas Ferro of the Popular Front for the Freedom of the Northern Provinces (PFFNP), Ilse Marov of the National Union for the Full Sovereignty of Corva (NUFSC) and Anton Bresk of the Democratic Movement (DM) signed for the movements they lead.
            """);
        var accord = Assert.Single(d.OfType("Agreement"));
        foreach (var person in new[] { "person:tomas-ferro", "person:ilse-marov", "person:anton-bresk" })
            Assert.True(d.Has("SIGNED", person, accord.Id), person + "\n" + d.Dump());
    }
}
