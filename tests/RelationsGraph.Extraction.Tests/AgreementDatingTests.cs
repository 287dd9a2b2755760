namespace RelationsGraph.Extraction.Tests;

/// <summary>How an agreement gets its year and kind from the sentence around it.</summary>
public class AgreementDatingTests
{
    [Fact]
    public void RelativeClauseThatSignsTheTreatyDatesIt()
    {
        var d = TestArticles.Extract("""
            date 2024-05-02
            The new pact builds on the Friendship Treaty that Chile and Peru signed in 1929.
            """);
        Assert.Contains(d.OfType("Agreement"), a => a.Name!.Contains("Friendship Treaty") && a.Year == 1929);
    }

    [Fact]
    public void RelativeClauseAboutSomethingElseDoesNotDateIt()
    {
        var d = TestArticles.Extract("""
            date 2024-05-02
            Leaders discussed the Friendship Treaty, which Peru suspended in 2019.
            """);
        Assert.DoesNotContain(d.OfType("Agreement"), a => a.Year == 2019);
    }

    [Fact]
    public void JointFactSheetIsAJointDocument()
    {
        var d = TestArticles.Extract("""
            date 2024-05-02
            Chilean President Gabriel Boric and Peruvian President Dina Boluarte held a summit in Lima on Wednesday and issued a joint fact sheet on water.
            """);
        Assert.Contains(d.OfType("Agreement"), a => a.Kind == "joint_statement");
    }
}
