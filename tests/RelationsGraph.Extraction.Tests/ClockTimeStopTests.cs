using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Tests;

/// <summary>The point closing "a.m."/"p.m." ends the sentence unless the next words still tell the time or the time opens its sentence.</summary>
public class ClockTimeStopTests
{
    private static string[] Split(string text) => SentenceSplitter.Split(text).Select(s => s.Text).ToArray();

    [Theory]
    [InlineData("The envoys sat down in Varnholm at 11:20 a.m. On Thursday they will travel to Osterby.",
        "The envoys sat down in Varnholm at 11:20 a.m.", "On Thursday they will travel to Osterby.")]
    [InlineData("The ferry docked in Port Ellery shortly after 3 p.m. Also waiting on the quay was Minister Tomas Revik.",
        "The ferry docked in Port Ellery shortly after 3 p.m.", "Also waiting on the quay was Minister Tomas Revik.")]
    [InlineData("The accord was initialled at 7 P.M. Delegates then left for the airport.",
        "The accord was initialled at 7 P.M.", "Delegates then left for the airport.")]
    [InlineData("The second round ended just before 6 p.m. “We are close,” said Anna Kessler.",
        "The second round ended just before 6 p.m.", "“We are close,” said Anna Kessler.")]
    public void AClockTimeEndingAClauseEndsTheSentence(string text, string first, string second) =>
        Assert.Equal([first, second], Split(text));

    [Theory]
    [InlineData("The border post will close at 6 a.m. Friday for the ceremony.")]
    [InlineData("The truce began at 9 p.m. GMT on Sunday.")]
    [InlineData("The call started at 10 p.m. Dunmore time and lasted an hour.")]
    [InlineData("The ships sailed at 5 a.m. New Carlow time after a short delay.")]
    [InlineData("At 4:15 p.m. President Ilse Marten arrived at the palace.")]
    [InlineData("Shortly after 8 a.m. Foreign Minister Pavel Droz met the envoys.")]
    [InlineData("The vote was held at 4 p.m. (1500 GMT) in the old chamber.")]
    public void TheTimeStaysInsideItsSentence(string text) =>
        Assert.Single(Split(text));
}
