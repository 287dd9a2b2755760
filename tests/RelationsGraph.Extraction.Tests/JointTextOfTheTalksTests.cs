namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A joint text named right after the story tells its talks, with no verb of making, is what those talks issued; one the
/// sentence recalls from before is not.
/// </summary>
public class JointTextOfTheTalksTests
{
    [Fact]
    public void AJointStatementNamedAfterTheTalksIsTheirOutcome()
    {
        var d = TestArticles.Extract("""
            date 2024-05-16 President Oren Talvik of Marovia and Prime Minister Lisa Brenn of Velasia held talks for five hours at the Amber Palace in Lemsk on Thursday.
            The most tangible result was the Joint Statement on River Navigation.
            It opens the Dessa river to barges from both countries.
            """);
        var statement = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("River Navigation"));
        var producer = Assert.Single(d.Relationships, r => r.Type == "PRODUCED" && r.To == statement.Id);
        Assert.Contains(d.Relationships, r => r.Type == "ATTENDED" && r.To == producer.From && d.Entity(r.From).Name.Contains("Talvik"));
    }

    [Fact]
    public void TheJointDeclarationReadOutAfterTheTalksIsTheirsButNotTheOneRecalledBeside()
    {
        var d = TestArticles.Extract("""
            date 2024-09-03 Chancellor Mira Oskell of Dastovia and President Hal Renner of Korvan met for several hours at the Kessa Lodge on Tuesday.
            Late in the evening the two delegations presented the Joint Declaration of Kessa to reporters.
            Officials recalled the earlier Joint Declaration on Fisheries between the two countries.
            """);
        var kessa = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Kessa"));
        var producer = Assert.Single(d.Relationships, r => r.Type == "PRODUCED" && r.To == kessa.Id);
        Assert.Contains(d.Relationships, r => r.Type == "ATTENDED" && r.To == producer.From && d.Entity(r.From).Name.Contains("Oskell"));
        Assert.DoesNotContain(d.Relationships, r => r.Type == "PRODUCED" && d.Entity(r.To).Name.Contains("Fisheries"));
    }
}
