namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "The two presidents later sat down alone for an hour" after a welcome told with the pair and their spouses: "the two" names the
/// story's pair, whose own talks are a meeting of the two, not nobody's reference dropped (see PairOnItsOwn).
/// </summary>
public class PairOnItsOwnTests
{
    private const string Story = """
        date 2024-10-08

        Ruritanian President Tomas Varga arrived in Vilnova on Monday for a two-day state visit to Calderia.

        President Elena Moravec and her husband Pavel Hruby welcomed President Varga and his wife Ilse Brandt at the Linden Palace.

        The palace square was decked out in the flags of both nations.

        {0}

        Moravec said relations had never been closer. Varga said the two countries would open a new rail link by 2027.
        """;

    [Fact]
    public void PairWordsAfterAWelcomeWithSpousesNameTheTwoPresidents()
    {
        var d = TestArticles.Extract(string.Format(Story, "The two presidents later held a one-on-one meeting lasting an hour."));
        Assert.Contains(d.OfType("Meeting"), m => m.Kind == "talks" && d.Has("ATTENDED", "person:tomas-varga", m.Id) && d.Has("ATTENDED", "person:elena-moravec", m.Id) &&
                                                  !d.Has("ATTENDED", "person:ilse-brandt", m.Id) && !d.Has("ATTENDED", "person:pavel-hruby", m.Id));
    }

    [Fact]
    public void GuardNoPairWordsNoTalksOfThePair()
    {
        // Guard (passes with the rule off too): without "the two", nothing names a meeting of the pair alone.
        var d = TestArticles.Extract(string.Format(Story, "Rain fell over the old town for most of the afternoon."));
        Assert.DoesNotContain(d.OfType("Meeting"), m => m.Kind == "talks" && d.Has("ATTENDED", "person:tomas-varga", m.Id) && d.Has("ATTENDED", "person:elena-moravec", m.Id));
    }
}
