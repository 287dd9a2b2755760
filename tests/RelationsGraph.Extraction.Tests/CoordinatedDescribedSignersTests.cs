namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "A, the envoy of X, and B, the envoy of Y, signed in turn": every member of a coordinated subject shares a bare signing verb,
/// each past the description set off by commas after its name (see CoordinatedBefore, ObjectlessSigning), as they do a
/// verb that names the document.
/// </summary>
public class CoordinatedDescribedSignersTests
{
    private const string Lead = "date 2024-06-04 Ostravia and Torvania signed the Harbour Boundary Treaty in Kelmar on Tuesday.";

    [Theory]
    [InlineData("Halvard Strom, the Ostravian trade envoy, and Kasimir Lund, the Torvanian trade envoy, signed in turn beneath the flags.")]
    [InlineData("Halvard Strom, chairman of the Ostravian Shipping Board, and Kasimir Lund, chairman of the Torvanian Harbour Front, signed the treaty.")]
    public void EachDescribedNameOfTheSubjectSigned(string sentence)
    {
        var d = TestArticles.Extract($"""
            {Lead}
            {sentence}
            """);
        var treaty = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:halvard-strom", treaty.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:kasimir-lund", treaty.Id), d.Dump());
    }

    [Fact]
    public void ANameThatLooksOnDidNotSign()
    {
        var d = TestArticles.Extract($"""
            {Lead}
            Halvard Strom, the Ostravian trade envoy, looked on as Kasimir Lund, the Torvanian trade envoy, signed in turn.
            """);
        Assert.DoesNotContain(d.OfType("Agreement"), a => d.Has("SIGNED", "person:halvard-strom", a.Id));
    }
}
