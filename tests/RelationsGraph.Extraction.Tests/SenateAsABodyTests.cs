namespace RelationsGraph.Extraction.Tests;

/// <summary>"Senate" closes a body's name as "Parliament" and "Congress" do: a country's upper chamber.</summary>
public class SenateAsABodyTests
{
    [Fact]
    public void ADemonymAndSenateIsABody()
    {
        var d = TestArticles.Extract("date 2024-06-02 Lawmakers in Marrow said the Paraguayan Senate would vote on the Tellan fisheries accord in March.");
        Assert.Contains(d.OfType("Organization"), o => o.Name == "Paraguayan Senate");
    }
}
