namespace RelationsGraph.Extraction.Tests;

/// <summary>"held on the instructions of King X and Crown Prince Y": the principals of a mandate are not in the room.</summary>
public class ActsUnderAnotherTests
{
    [Fact]
    public void ThePeopleWhoseInstructionsTheTalksFollowDidNotAttend()
    {
        var d = TestArticles.Extract("""
            date 2025-03-28 JEDDAH, March 28 - Lebanese Defence Minister Michel Menassa and Syrian Defence Minister Murhaf Abu Qasra held talks in Jeddah on Thursday.
            The talks were held on the instructions of King Salman bin Abdulaziz and Crown Prince Mohammed bin Salman, the state news agency said.
            """);
        var talks = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:michel-menassa", talks.Id));
        Assert.False(d.Has("ATTENDED", "person:salman-bin-abdulaziz", talks.Id));
        Assert.False(d.Has("ATTENDED", "person:mohammed-bin-salman", talks.Id));
    }
}
