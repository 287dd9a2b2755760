namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "At the summit of four, ministers signed a fisheries agreement that gives A and B joint patrols": of a meeting of more states
/// than the document's sentences name, two or more named states that were all at the meeting are its sides, not every
/// participant's country; a declaration or joint statement of the gathering, and sentences naming a state that was not there,
/// narrow nothing (AgreementGraphBuilder.SidesNamedAtALargeMeeting).
/// </summary>
public class SidesNamedAtALargeMeetingTests
{
    private const string Opening = """
        Nordic leaders meet in Tromvik

        date 2024-03-12 TROMVIK - The prime ministers of Norway, Denmark, Finland and Iceland met in Tromvik on Tuesday for their annual summit, hosted by Norwegian Prime Minister Halvard Brekke.
        Danish Prime Minister Sigrun Dalsgaard, Finnish Prime Minister Eero Kallasvuo and Icelandic Prime Minister Bjarni Thorvaldur attended the summit.

        """;

    [Fact]
    public void TheTwoNamedParticipantsAreTheSides()
    {
        var d = TestArticles.Extract(Opening + "At the summit, ministers signed a fisheries agreement that gives Norway and Denmark joint patrols in the Skagen strait.\n");
        var pact = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("PARTY_TO", "country:no", pact.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:dk", pact.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:fi", pact.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:is", pact.Id), d.Dump());
    }

    [Fact]
    public void AJointStatementOfTheGatheringKeepsEveryParticipant()
    {
        var d = TestArticles.Extract(Opening + "The leaders adopted a joint statement that asks Norway and Denmark to lead Arctic research in the Skagen strait.\n");
        var statement = Assert.Single(d.OfType("Agreement"));
        foreach (var iso in new[] { "no", "dk", "fi", "is" })
            Assert.True(d.Has("PARTY_TO", $"country:{iso}", statement.Id), iso + "\n" + d.Dump());
    }

    [Fact]
    public void AStateNamedThatWasNotThereNarrowsNothing()
    {
        var d = TestArticles.Extract(Opening + "At the summit, ministers signed a fisheries agreement that gives Norway and Denmark joint patrols and lets them buy patrol boats from Poland.\n");
        var pact = Assert.Single(d.OfType("Agreement"));
        foreach (var iso in new[] { "no", "dk", "fi", "is" })
            Assert.True(d.Has("PARTY_TO", $"country:{iso}", pact.Id), iso + "\n" + d.Dump());
    }
}
