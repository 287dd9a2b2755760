namespace RelationsGraph.Extraction.Tests;

/// <summary>A ruler's reign name, a given name and its regnal numeral, is a person without a title (RegnalName).</summary>
public class RegnalNameTests
{
    [Fact]
    public void AReignNameOpeningAClauseIsAPerson()
    {
        var d = TestArticles.Extract("date 2031-05-04 After the winter campaign of 1702, Olav IX ceded the two northern duchies to his rival.");
        Assert.Contains(d.OfType("Person"), p => p.Name == "Olav IX");
    }

    [Fact]
    public void AReignNameAfterALocativeIsAPersonNotAPlace()
    {
        var d = TestArticles.Extract("date 2031-05-04 The envoy carried the draft back to Ferdinand XI before the winter of 1702.");
        Assert.Contains(d.OfType("Person"), p => p.Name == "Ferdinand XI");
        Assert.DoesNotContain(d.OfType("Place"), p => p.Name == "Ferdinand XI");
    }

    [Fact]
    public void ANumberedThingWithOneWordIsNoPerson()
    {
        var d = TestArticles.Extract("date 2031-05-04 Officials said Phase III of the plan would start after the talks in Velmora.");
        Assert.DoesNotContain(d.OfType("Person"), p => p.Name.Contains("III"));
    }
}
