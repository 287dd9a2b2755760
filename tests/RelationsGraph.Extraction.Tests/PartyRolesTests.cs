namespace RelationsGraph.Extraction.Tests;

/// <summary>Which states a document binds, as opposed to those whose people only watched, hosted or looked on.</summary>
public class PartyRolesTests
{
    [Fact]
    public void AnObserverAtTheTalksBindsNoStateOfItsOwn()
    {
        var d = TestArticles.Extract("""
            date 2025-06-10 Ghanaian Foreign Minister Samuel Okudzeto Ablakwa met Togolese Foreign Minister Robert Dussey in Accra on Tuesday.
            Norwegian diplomat Ingrid Solberg attended as an observer.
            The talks ended with a joint statement on fishing rights.
            """);
        var statement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("PARTY_TO", "country:gh", statement.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:tg", statement.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:no", statement.Id), d.Dump());
    }
}

public class StoryOfTwoCountriesTests
{
    [Fact]
    public void AnUnnamedDocumentOfAManyCountryStoryIsNotTheTwoMostNamedStates()
    {
        var d = TestArticles.Extract("""
            date 2024-02-18 Leaders of Ghana, Senegal, Togo, Benin, Liberia and Gambia met in Accra on Sunday to discuss trade.
            Ghana and Senegal pressed for lower tariffs, while Togo and Benin asked for more time and Liberia stayed silent.
            Officials recalled the 1975 Treaty of Lagos during the talks.
            """);
        var treaty = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Lagos", StringComparison.Ordinal));
        Assert.DoesNotContain(d.Relationships, r => r.Type == "PARTY_TO" && r.To == treaty.Id && r.Confidence <= 0.5);
    }

    [Fact]
    public void AnUnnamedDocumentOfATwoCountryStoryIsTheirs()
    {
        var d = TestArticles.Extract("""
            date 2024-02-18 Ghanaian President Nana Akufo-Addo met Togolese President Faure Gnassingbe in Accra on Sunday.
            Ghana and Togo agreed to reopen the border crossing at Aflao, and Ghana promised power supplies to Togo.
            Officials recalled the 1962 Volta Agreement during the talks.
            """);
        var volta = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Volta", StringComparison.Ordinal));
        Assert.True(d.Has("PARTY_TO", "country:gh", volta.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:tg", volta.Id), d.Dump());
    }
}

public class RecalledDocumentOfAWideStoryTests
{
    [Fact]
    public void ADocumentOnlyRecalledInAStoryOfManyStatesIsNotThePrincipalPairs()
    {
        var d = TestArticles.Extract("""
            date 2023-05-09 Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kisumu on Tuesday.
            Kenya and Uganda agreed to build a joint fish market, and Uganda will ship more sugar to Kenya.
            Tanzania and Rwanda sent observers to the talks.
            Several delegates cited the 1967 Kampala Accord in their speeches.
            """);
        var accord = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Kampala", StringComparison.Ordinal));
        Assert.DoesNotContain(d.Relationships, r => r.Type == "PARTY_TO" && r.To == accord.Id);
    }

    [Fact]
    public void ADocumentOnlyRecalledInAStoryOfThePairAndOneMoreIsTheirs()
    {
        var d = TestArticles.Extract("""
            date 2023-05-09 Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kisumu on Tuesday.
            Kenya and Uganda agreed to build a joint fish market, and Uganda will ship more sugar to Kenya.
            Tanzania sent an observer to the talks.
            Several delegates cited the 1967 Kampala Accord in their speeches.
            """);
        var accord = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Kampala", StringComparison.Ordinal));
        Assert.True(d.Has("PARTY_TO", "country:ke", accord.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:ug", accord.Id), d.Dump());
    }
}

public class GroupingAsSubjectTests
{
    [Fact]
    public void TheMembersOfAGroupingThatSignedAreAllSides()
    {
        var d = TestArticles.Extract("""
            date 2022-06-12 The five members of the East African Community signed a customs declaration in Arusha on Sunday.
            Kenya had pushed for the text, and Uganda, Rwanda and Burundi joined the talks late, while Tanzania hosted the ceremony.
            """);
        var declaration = Assert.Single(d.OfType("Agreement"));
        foreach (var member in new[] { "country:ke", "country:ug", "country:rw", "country:bi", "country:tz" })
            Assert.True(d.Has("PARTY_TO", member, declaration.Id), member + "\n" + d.Dump());
    }

    [Fact]
    public void AHeadlinesGroupingThatAdoptsATitledDocumentBindsTheMembersNamed()
    {
        // A headline's capitals run the document's phrase back over its maker, and its present-tense "adopt" leaves the
        // mention unmarked as concluded: the grouping's leaders before the verb still make it, so the members named are sides.
        var d = TestArticles.Extract("""
            date 2023-09-20 Gulf Cooperation Council leaders adopt Muscat Water Charter at Sohar summit

            The gathering in Sohar drew rulers and envoys from Saudi Arabia, Kuwait, Qatar, Bahrain, the United Arab Emirates and Oman.
            Observers came from Iraq and Jordan but cast no vote.
            """);
        var charter = Assert.Single(d.OfType("Agreement"));
        foreach (var member in new[] { "country:sa", "country:kw", "country:qa", "country:bh", "country:ae", "country:om" })
            Assert.True(d.Has("PARTY_TO", member, charter.Id), member + "\n" + d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:iq", charter.Id), d.Dump());
    }

    [Fact]
    public void AGroupingNamedOnlyAsTheVenueBindsNoMember()
    {
        var d = TestArticles.Extract("""
            date 2022-06-12 On the sidelines of the East African Community summit, Kenya and Uganda signed a customs declaration on Sunday.
            Rwanda and Burundi sent ministers, and Tanzania hosted the summit.
            """);
        var declaration = Assert.Single(d.OfType("Agreement"));
        Assert.False(d.Has("PARTY_TO", "country:rw", declaration.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:bi", declaration.Id), d.Dump());
    }
}
