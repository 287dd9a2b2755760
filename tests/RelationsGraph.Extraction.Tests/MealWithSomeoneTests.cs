namespace RelationsGraph.Extraction.Tests;

/// <summary>"X lunched with Y", "X dined with Y": a meal of the two, a reception.</summary>
public class MealWithSomeoneTests
{
    [Fact]
    public void DinedWithATitledPersonIsAReceptionOfBoth()
    {
        var d = TestArticles.Extract("""
            date 2031-10-04

            Chancellor Anton Derwald of Austria arrived in Velden on Thursday evening and dined with President Maren Solvik at the castle.
            """);
        Assert.Contains(d.OfType("Meeting"), m => m.Kind == "reception" && d.Has("ATTENDED", "person:anton-derwald", m.Id) && d.Has("ATTENDED", "person:maren-solvik", m.Id));
    }
}
