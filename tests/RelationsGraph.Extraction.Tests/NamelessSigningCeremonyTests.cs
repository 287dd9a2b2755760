namespace RelationsGraph.Extraction.Tests;

/// <summary>A signing told with a town and a time of its own (a day word an undated story cannot resolve) is the story's ceremony though its signers are named only later.</summary>
public class NamelessSigningCeremonyTests
{
    [Fact]
    public void APlacedAndDatedSigningWhoseSignersComeLaterProducesTheDocument()
    {
        var d = TestArticles.Extract("""
            The Lake Orvel Water Accord was signed in a ceremony in Tarsa on Monday.
            Farmers on both shores have waited a decade for a deal on the lake's water.
            The accord bears the signatures of President Talia Moreno of Veloria and Prime Minister Ivo Dranic of Kestland.
            """);
        var agreement = d.OfType("Agreement").Single();
        var ceremony = d.OfType("Meeting").Single(m => d.Has("HELD_IN", m.Id, "place:tarsa"));
        Assert.True(d.Has("PRODUCED", ceremony.Id, agreement.Id), d.Dump());
    }

    [Fact]
    public void APlannedSigningWhoseSignersComeLaterIsNoHeldCeremony()
    {
        var d = TestArticles.Extract("""
            The Lake Orvel Water Accord is to be signed in a ceremony in Tarsa on Monday.
            The accord will bear the signatures of President Talia Moreno of Veloria and Prime Minister Ivo Dranic of Kestland.
            """);
        Assert.DoesNotContain(d.OfType("Meeting"), m => m.Status == "held");
    }
}
