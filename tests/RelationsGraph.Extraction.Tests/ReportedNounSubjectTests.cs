namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "X told reporters his government had signed": after a verb of saying, a noun phrase before a bare signing verb is the
/// reported clause's own subject, so the speaker is no signer (see ObjectlessSigning.ReportedNounSubject); "X said she had
/// signed" keeps the speaker through the pronoun.
/// </summary>
public class ReportedNounSubjectTests
{
    [Fact]
    public void ASpeakerReportingHisGovernmentsSigningDidNotSign()
    {
        var d = TestArticles.Extract("""
            date 2024-06-04 Ghana and Togo signed the Lagoon Fisheries Pact in Accra on Tuesday.
            Togolese Foreign Minister Ama Dzifa Kpodar told reporters her government had signed on Tuesday only after long doubts.
            """);
        var pact = Assert.Single(d.OfType("Agreement"));
        Assert.False(d.Has("SIGNED", "person:ama-dzifa-kpodar", pact.Id), d.Dump());
    }
}
