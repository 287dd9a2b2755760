namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "the Norwegian-brokered agreement", "Benin is not a party to the accord": a country the story tells as broker or non-party
/// is no side of what the meeting produced, though its people were there (CountriesToldAsThirdParties).
/// </summary>
public class CountriesToldAsThirdPartiesTests
{
    [Fact]
    public void TheBrokersCountryIsNoSideOfWhatTheMeetingProduced()
    {
        var d = TestArticles.Extract("""
            Border accord sealed in Kpalimo

            KPALIMO, March 3, 2024 - Ghanaian President Kofi Marden and Togolese President Edem Sowu held talks with Norwegian Foreign Minister Lars Fjeld in Kpalimo on Monday.
            The talks produced a border agreement between the two neighbours' customs services.
            Officials said the Norwegian-brokered agreement would end years of quarrels over the crossing points.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("PARTY_TO", "country:gh", agreement.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:tg", agreement.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:no", agreement.Id), d.Dump());
    }

    [Fact]
    public void ACountryToldAsNoPartyIsNoSideOfWhatTheMeetingProduced()
    {
        var d = TestArticles.Extract("""
            Fishing pact agreed at Sekondi talks

            SEKONDI, May 7, 2024 - Ghanaian President Kofi Marden met Togolese President Edem Sowu and Beninese President Idris Lawani at Sekondi on Tuesday.
            The meeting produced a fishing accord on the shared coastal waters.
            Benin is not a party to the accord, but Lawani said his country would respect it.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("PARTY_TO", "country:gh", agreement.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:bj", agreement.Id), d.Dump());
    }

    [Fact]
    public void TheBrokersCountryIsNotGuessedAsAPrincipalSide()
    {
        var d = TestArticles.Extract("""
            Envoy meets rebel leaders

            date 2023-09-12 - Rwandan envoy Jean Mugabo held talks with rebel leaders on Tuesday.
            The Angolan-brokered process has stalled before, and Angola said it would keep trying.
            Rwanda wants calm in the east, Mugabo said.
            Officials said the 2019 memorandum of understanding remains the basis of the process.
            """);
        var memorandum = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("PARTY_TO", "country:rw", memorandum.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:ao", memorandum.Id), d.Dump());
    }

    [Fact]
    public void ACountryToldAsNoPartyIsNoSideByStandingBeforeTheDocument()
    {
        var d = TestArticles.Extract("""
            date 2020-02-10 Togolese President Yawo Agbeko signed the Mono Basin Water Accord in Lome on Monday.
            Benin is not a party to the accord, though its engineers helped to draft it.
            """);
        var accord = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("PARTY_TO", "country:tg", accord.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:bj", accord.Id), d.Dump());
    }

    [Fact]
    public void ACountryToldAsNoPartyIsNoSideWhenNamedAfterAReferenceBack()
    {
        var d = TestArticles.Extract("""
            date 2020-02-10 Togolese President Yawo Agbeko signed the Mono Basin Water Accord in Lome on Monday.
            Officials said the accord was drafted with help from Benin.
            Benin is not a party to the pact, its foreign ministry said.
            """);
        var accord = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("PARTY_TO", "country:tg", accord.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:bj", accord.Id), d.Dump());
    }
}
