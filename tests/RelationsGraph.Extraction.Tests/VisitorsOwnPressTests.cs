namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A story filed from the host's capital that names the visiting leader with a bare title and marks the host's leader is the
/// visitor's own press: its unmarked officials serve the visitor, not the dateline's country.
/// </summary>
public class VisitorsOwnPressTests
{
    [Fact]
    public void AnUnmarkedMinisterInTheVisitorsOwnPressServesTheVisitor()
    {
        var d = TestArticles.Extract("""
            date 2025-03-04

            TOKYO, March 4 (Wire) - President Gustavo Petro was welcomed by Japanese Prime Minister Shigeru Ishiba on Tuesday, opening the first state visit by a leader of Colombia in a decade.
            Mines Minister Lucia Barragan said the two sides would sign a lithium accord before the week was out.
            """);
        Assert.True(d.Has("REPRESENTS", "person:lucia-barragan", "country:co"), d.Dump());
        Assert.False(d.Has("REPRESENTS", "person:lucia-barragan", "country:jp"), d.Dump());
    }

    // Guard (passes with the rule off too): the host's press leaves its own leader bare and marks the guest, so the
    // unmarked minister is the host's.
    [Fact]
    public void TheHostsOwnPressKeepsTheDatelinesCountry()
    {
        var d = TestArticles.Extract("""
            date 2025-03-04

            TOKYO, March 4 (Wire) - Prime Minister Shigeru Ishiba welcomed Colombian President Gustavo Petro on Tuesday, opening the first state visit to Japan by a leader of Colombia in a decade.
            Trade Minister Kenji Morikawa said the two sides would sign a lithium accord before the week was out.
            """);
        Assert.True(d.Has("REPRESENTS", "person:kenji-morikawa", "country:jp"), d.Dump());
    }

    // Guard (passes with the rule off too): a visitor named without a title tells nothing of the paper's side, so the home stays.
    [Fact]
    public void AVisitorNamedWithoutATitleKeepsTheDatelinesCountry()
    {
        var d = TestArticles.Extract("""
            date 2025-03-04

            TOKYO, March 4 (Wire) - Gustavo Petro was welcomed by Japanese Prime Minister Shigeru Ishiba on Tuesday, opening the first state visit to Japan by a leader of Colombia in a decade.
            Trade Minister Kenji Morikawa said the two sides would sign a lithium accord before the week was out.
            """);
        Assert.True(d.Has("REPRESENTS", "person:kenji-morikawa", "country:jp"), d.Dump());
        Assert.False(d.Has("REPRESENTS", "person:kenji-morikawa", "country:co"), d.Dump());
    }
}
