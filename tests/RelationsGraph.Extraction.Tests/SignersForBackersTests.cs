namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "X, Y and Z signed for the so-called Quartet": signers for a group of backers sign without binding their states
/// (see SignersForTheirSides.NamesBackers); a title with "of" inside a subject list still reads its holder (ObjectlessSigning).
/// </summary>
public class SignersForBackersTests
{
    [Fact]
    public void SignersOnBehalfOfBackersSignButBindNoState()
    {
        var d = TestArticles.Extract("""
            VELM, March 3 (Wire) - President Anton Reyes of Paraguay and rebel commander Ilya Mardo signed the Velm Peace Accord on Monday, ending eight years of fighting.

            Chilean Foreign Minister Petra Lind, Canada's Minister of Trade Osip Halen and Finnish Foreign Minister Mira Tolk signed for the so-called Quartet, the countries that backed the talks.
            """);
        var accord = Assert.Single(d.OfType("Agreement"), a => a.Id.Contains("velm"));
        Assert.True(d.Has("SIGNED", "person:petra-lind", accord.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:osip-halen", accord.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:mira-tolk", accord.Id), d.Dump());
        foreach (var person in new[] { "person:petra-lind", "person:osip-halen", "person:mira-tolk" })
            Assert.True(d.Has("SIGNED", person, accord.Id), $"{person}\n" + d.Dump());
        foreach (var country in new[] { "country:cl", "country:ca", "country:fi" })
            Assert.False(d.Has("PARTY_TO", country, accord.Id), $"{country}\n" + d.Dump());
    }
}
