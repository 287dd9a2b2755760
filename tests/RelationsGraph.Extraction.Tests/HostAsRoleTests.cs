namespace RelationsGraph.Extraction.Tests;

/// <summary>"X, who was host", "X played host", "speaking as host": the role of a person at the gathering told, no visit of its own.</summary>
public class HostAsRoleTests
{
    private const string Signing = "date 2019-06-04 Valdorian President Ansel Brevik and Marenian President Tomas Idrun signed the Kessburg Accord " +
                                   "at the Ostrava Palace in Kessburg on Tuesday. ";

    [Theory]
    [InlineData("Lunmark President Orla Fenwick, who was host, called the accord a fresh start.")]
    [InlineData("The palace stands outside Kessburg, where Lunmark President Orla Fenwick played host to her two neighbours.")]
    [InlineData("Lunmark President Orla Fenwick, speaking as host, praised the harbour town of Kessburg.")]
    public void TheHostsRoleMakesNoVisitOfItsOwn(string sentence)
    {
        var d = TestArticles.Extract(Signing + sentence);
        Assert.DoesNotContain(d.OfType("Meeting"), m => m.Name.Contains("visit"));
    }

    [Fact]
    public void WithXAsHostStillSeatsTheHostAtTheGathering()
    {
        var d = TestArticles.Extract(Signing + "The leaders meet again at a summit in Lunmark on 20 September, with Lunmark President Orla Fenwick as host.");
        Assert.Contains(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:orla-fenwick", m.Id));
    }
}
