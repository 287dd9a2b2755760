namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A joint statement that names its makers' rank or group between "joint" and the noun is still the sides' joint statement
/// (see StatementOfItsMakers).
/// </summary>
public class StatementOfItsMakersTests
{
    [Fact]
    public void AJointMinisterialStatementIsTheSidesText()
    {
        var d = TestArticles.Extract("""
            date 2030-02-08 Trade ministers of Norway and Chile met in Bergen on Friday.
            Norwegian Trade Minister Ivar Lundholm and Chilean Trade Minister Rosa Quintanar signed a joint ministerial statement closing the tariff talks.
            """);
        var statement = Assert.Single(d.OfType("Agreement"), a => a.Kind == "joint_statement");
        Assert.True(d.Has("PARTY_TO", "country:no", statement.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:cl", statement.Id), d.Dump());
    }

    [Fact]
    public void AJointLeadersStatementIsTheSidesText()
    {
        var d = TestArticles.Extract("""
            date 2030-05-20 President Tomas Arvelo of Uruguay hosted Prime Minister Lasse Korhonen of Finland in Salto on Tuesday.
            The pair adopted a joint leaders' statement on river ports after the talks.
            """);
        Assert.Single(d.OfType("Agreement"), a => a.Kind == "joint_statement");
    }
}
