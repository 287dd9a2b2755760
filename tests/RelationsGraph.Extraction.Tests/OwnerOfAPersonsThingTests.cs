namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A name after a locative preposition that owns what only a person has ("in Oren Haldt's cabinet", "at Vessa Marrow's
/// invitation") is a person, not a place (see OwnerOfAPersonsThing); a town owning its markets stays a place.
/// </summary>
public class OwnerOfAPersonsThingTests
{
    [Fact]
    public void TheOwnerOfACabinetAfterInIsAPerson()
    {
        var d = TestArticles.Extract("""
            date 1788-03-02 The river tolls
            The toll schedule was drafted by a junior clerk in Oren Haldt's cabinet during the winter of 1787.
            """);
        Assert.DoesNotContain(d.OfType("Place"), p => p.Name.Contains("Haldt"));
        Assert.Contains(d.OfType("Person"), p => p.Name == "Oren Haldt");
    }

    [Fact]
    public void TheOwnerOfAnInvitationAfterAtIsAPerson()
    {
        var d = TestArticles.Extract("""
            date 2022-05-09 Fishery talks resume
            The two delegations came back to the table at Vessa Marrow's invitation after a pause of three months.
            """);
        Assert.DoesNotContain(d.OfType("Place"), p => p.Name.Contains("Marrow"));
        Assert.Contains(d.OfType("Person"), p => p.Name == "Vessa Marrow");
    }

    [Fact]
    public void ATownOwningItsMarketsStaysAPlace()
    {
        var d = TestArticles.Extract("""
            date 2022-05-09 Fishery talks resume
            Before the talks the envoys walked through Drennick's markets with the harbour master.
            """);
        Assert.DoesNotContain(d.OfType("Person"), p => p.Name.Contains("Drennick"));
    }
}
