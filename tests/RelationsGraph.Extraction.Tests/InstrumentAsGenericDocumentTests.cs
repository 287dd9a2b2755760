namespace RelationsGraph.Extraction.Tests;

/// <summary>"The instrument was signed for X by A and for Y by B": "instrument" stands for the story's document as "the text" does (see ObjectlessSigning.GenericDocument).</summary>
public class InstrumentAsGenericDocumentTests
{
    [Fact]
    public void ThePassiveWithTheInstrumentNamesItsAgents()
    {
        var d = TestArticles.Extract("""
            date 1911-05-03 Norvania and Castelmar concluded a frontier treaty at Vellaro on Wednesday after a year of talks.

            The instrument was signed for Norvania by Aldo Ferrentis, the envoy of the regent, and for Castelmar by Don Ramiro Oquendal, its foreign minister.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:aldo-ferrentis", agreement.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:ramiro-oquendal", agreement.Id), d.Dump());
    }
}
