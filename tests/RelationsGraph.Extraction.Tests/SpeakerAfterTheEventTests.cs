namespace RelationsGraph.Extraction.Tests;

/// <summary>A remark given right after a gathering ("X told reporters after the ceremony") places its speaker at that gathering.</summary>
public class SpeakerAfterTheEventTests
{
    [Fact]
    public void TheSpeakerWhoToldReportersAfterTheCeremonyWasAtTheSigning()
    {
        var d = TestArticles.Extract("""
            date 2018-04-12 TARVENNA, April 12 (Wire) - President Aldo Ferrucci of Norvania and President Ilse Brandvold of Estmark signed a treaty on their common river border in Tarvenna on Thursday.
            The two leaders exchanged copies of the text in the hall of the old customs house.
            "This river will join us now instead of dividing us," Norvanian Interior Minister Paolo Sbardella told reporters after the ceremony.
            """);
        var signing = Assert.Single(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:aldo-ferrucci", m.Id));
        Assert.True(d.Has("ATTENDED", "person:paolo-sbardella", signing.Id), d.Dump());
    }

    [Fact]
    public void TheSpeakerWhoSaidSomethingAfterTheTalksWasAtTheTalks()
    {
        var d = TestArticles.Extract("""
            date 2021-02-03 KORVALA, Feb 3 (Wire) - Prime Minister Mirela Vostan of Dravia held talks with Prime Minister Tomas Ekholm of Lundmark in Korvala on Wednesday on fishing quotas in their shared bay.
            Both sides promised to settle the quotas by the summer.
            Dravian Fisheries Minister Ivo Radek said after the talks that a joint patrol was now likely.
            """);
        var talks = Assert.Single(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:mirela-vostan", m.Id));
        Assert.True(d.Has("ATTENDED", "person:ivo-radek", talks.Id), d.Dump());
    }
}
