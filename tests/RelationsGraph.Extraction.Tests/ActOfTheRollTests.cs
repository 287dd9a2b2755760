namespace RelationsGraph.Extraction.Tests;

/// <summary>An inverted roll call ("Among those who came to watch the signing were ...") puts its people at the act it names.</summary>
public class ActOfTheRollTests
{
    private const string Story = """
        date 2024-03-08 President Ondrej Vasalek and rebel commander Tibor Marhevka signed a ceasefire agreement on Thursday at the Velmar town hall.
        Earlier the two men held five hours of talks with mediator Jan Oberholz in the president's office.
        Among those gathered in the square for the signing were Justice Minister Ilona Sardecka and opposition leader Pavel Kostolny.
        """;

    [Fact]
    public void TheRollOfTheOnlookersJoinsTheSigning()
    {
        var d = TestArticles.Extract(Story);
        var signing = Assert.Single(d.OfType("Meeting"), m => m.Kind == "signing");
        Assert.True(d.Has("ATTENDED", "person:ilona-sardecka", signing.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:pavel-kostolny", signing.Id), d.Dump());
    }
}
