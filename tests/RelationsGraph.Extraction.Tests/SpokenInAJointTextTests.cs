namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A joint text its issuers speak through ("said in a joint statement", "In a joint declaration, they welcomed") is issued
/// in the act told, so it takes the story's year (SpokenInAJointText); one told with its own year keeps it.
/// </summary>
public class SpokenInAJointTextTests
{
    [Fact]
    public void SpeakingInAJointStatementDatesItToTheStorysYear()
    {
        var d = TestArticles.Extract("""
            date 2025-09-03
            Estonian Prime Minister Kaja Rannu and Latvian Prime Minister Edgars Liepins said in a joint statement that the ferry link must reopen before winter.
            """);
        Assert.Contains(d.OfType("Agreement"), a => a.Kind == "joint_statement" && a.Year == 2025);
    }

    [Fact]
    public void AFrontedInAJointDeclarationDatesItToo()
    {
        var d = TestArticles.Extract("""
            date 2025-09-03
            The presidents of Malawi and Zambia met at the border town of Mwami on Tuesday.
            In a joint declaration, the ministers praised the new customs post and urged traders to use it.
            """);
        Assert.Contains(d.OfType("Agreement"), a => a.Kind == "declaration" && a.Year == 2025);
    }

    [Fact]
    public void ATextSpokenInAnotherYearIsNotOfTheStory()
    {
        var d = TestArticles.Extract("""
            date 2025-09-03
            Back in 2011 the two prime ministers said in a joint statement that the ferry link would never close.
            """);
        Assert.DoesNotContain(d.OfType("Agreement"), a => a.Kind == "joint_statement" && a.Year == 2025);
    }

    [Fact]
    public void OnlyAnIndefiniteJointTextCounts()
    {
        var tokens = RelationsGraph.Extraction.Text.Tokenizer.Tokenize("They said in the joint statement that talks go on.");
        Assert.False(RelationsGraph.Extraction.Agreements.SpokenInAJointText.At(tokens, 3, 5, "joint_statement"));
        var spoken = RelationsGraph.Extraction.Text.Tokenizer.Tokenize("They said in a joint statement that talks go on.");
        Assert.True(RelationsGraph.Extraction.Agreements.SpokenInAJointText.At(spoken, 3, 5, "joint_statement"));
    }
}
