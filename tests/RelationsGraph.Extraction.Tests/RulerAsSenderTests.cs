namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "Tsar X sent A, a general, and B", "the Sultan dispatched his chamberlain, C": the delegates a ruler sends act for the
/// ruler's state, every item of the sent list; a ruler receiving no one sends no one.
/// </summary>
public class RulerAsSenderTests
{
    private const string Opening = "date 2024-09-12 The Congress of Orlavka, held in 1783, closed a long frontier quarrel between the Ottoman Empire and the Russian Empire. ";

    [Fact]
    public void TheDelegatesANamedTsarSentServeRussia()
    {
        var d = TestArticles.Extract(Opening + "Tsar Pavel III sent Count Sergei Velminov, a cavalry general with a taste for verse, and Ilya Drobanov, a diplomat of the foreign college.");
        Assert.True(d.Has("REPRESENTS", "person:sergei-velminov", "country:ru"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:ilya-drobanov", "country:ru"), d.Dump());
    }

    [Fact]
    public void TheChamberlainTheSultanDispatchedServesTheOttomanEmpire()
    {
        var d = TestArticles.Extract(Opening + "In reply the Sultan dispatched his chamberlain, Halil Okcuoglu, a seasoned diplomat of the court, with a chest of maps.");
        Assert.True(d.Has("REPRESENTS", "person:halil-okcuoglu", "country:xo"), d.Dump());
    }

    [Fact]
    public void SomeoneSentAfterANameWithoutARulersTitleGetsNoRuler()
    {
        var d = TestArticles.Extract(Opening + "The mapmaker Oskar Brindel sent Anton Kirevsky, his apprentice, to copy the border charts.");
        Assert.False(d.Has("REPRESENTS", "person:anton-kirevsky", "country:ru"), d.Dump());
        Assert.False(d.Has("REPRESENTS", "person:anton-kirevsky", "country:xo"), d.Dump());
    }
}
