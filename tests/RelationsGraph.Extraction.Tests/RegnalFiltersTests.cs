namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// Rulers told beside a signing or a meeting who were not in it: the subject of the main clause after a fronted "signed by"
/// phrase (ClauseAfterTheAgents), the principal of plural agents, a favour or a household (PrincipalOfItsServants), and a
/// possessive inside the agent list (PossessorInTheAgentList).
/// </summary>
public class RegnalFiltersTests
{
    private const string Lead = """
        Old borders of the northern valleys

        date 2031-05-04 King Halvar Brenne and Queen Ysolde Marrane fought over the upper valleys for most of the 1720s.

        """;

    [Fact]
    public void TheSubjectAfterAFrontedSignedByPhraseDidNotSign()
    {
        var d = TestArticles.Extract(Lead + """
            In the Osterby treaty of 1731, signed by Jorund Ostrand and Mette Pellweg, King Halvar Brenne ceded the upper valley to Queen Ysolde Marrane and kept the coastal forts.
            """);
        var treaty = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:jorund-ostrand", treaty.Id), d.Dump());
        Assert.False(d.Has("SIGNED", "person:halvar-brenne", treaty.Id), d.Dump());
        Assert.False(d.Has("SIGNED", "person:ysolde-marrane", treaty.Id), d.Dump());
    }

    [Fact]
    public void ThePrincipalOfPluralEnvoysDidNotSign()
    {
        var d = TestArticles.Extract(Lead + """
            On a cold evening in 1731 the envoys of King Halvar Brenne put their names to the Osterby treaty.
            """);
        Assert.DoesNotContain(d.OfType("Agreement"), a => d.Has("SIGNED", "person:halvar-brenne", a.Id));
    }

    [Fact]
    public void TheOneWhoseConfidenceADiplomatHadWasNotAtTheMeeting()
    {
        var d = TestArticles.Extract(Lead + """
            In May 1731 Jorund Ostrand, an envoy who enjoyed the confidence of Queen Ysolde Marrane, met Mette Pellweg in Osterby.
            """);
        var meeting = Assert.Single(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:jorund-ostrand", m.Id));
        Assert.False(d.Has("ATTENDED", "person:ysolde-marrane", meeting.Id), d.Dump());
    }

    [Fact]
    public void APossessiveInsideTheAgentListDidNotSign()
    {
        var d = TestArticles.Extract(Lead + """
            The Osterby treaty was signed in 1731 by Jorund Ostrand and Mette Pellweg, Halvar Brenne's cousin.
            """);
        var treaty = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:mette-pellweg", treaty.Id), d.Dump());
        Assert.False(d.Has("SIGNED", "person:halvar-brenne", treaty.Id), d.Dump());
    }
}
