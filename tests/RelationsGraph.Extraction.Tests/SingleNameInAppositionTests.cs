namespace RelationsGraph.Extraction.Tests;

/// <summary>A person known by one name is introduced by an apposition whose head is a person noun.</summary>
public class SingleNameInAppositionTests
{
    [Fact]
    public void AOneWordNameAfterACommaBeforeAnEnvoyNounIsAPerson()
    {
        var d = TestArticles.Extract("date 1801-04-02 The khan's answer came back with his nephew, Orsuk, the envoy of the northern camps, after a ride of six days.");
        Assert.Contains(d.OfType("Person"), p => p.Name == "Orsuk" || p.Aliases.Contains("Orsuk"));
    }
}
