namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// Which meeting made a document and which countries are its sides, when the sentence points elsewhere: a document whose
/// named signers are of no country at the meeting told nearest, or whose sentence opens in another place, is no product of
/// that meeting; "the two countries" means the pair the same sentence just named; a country's possessive owns its plan.
/// </summary>
public class DocumentMakersAndSidesTests
{
    private const string PragueTalks = """
        date 2023-05-10 Polish Foreign Minister Zbigniew Rau met Czech Foreign Minister Jan Lipavsky in Prague on Wednesday.
        The two ministers discussed energy security and rail links.

        """;

    // The pattern: the makers of a document name its making; the meeting told nearest is only a guess for a document no one is said to sign.
    [Fact]
    public void ADocumentSignedByPeopleOfOtherCountriesIsNoProductOfTheTalks()
    {
        var d = TestArticles.Extract(PragueTalks + "Slovak Foreign Minister Rastislav Kacer has also signed an agreement on rail freight with Hungary.\n");
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.DoesNotContain(d.Relationships, r => r.Type == "PRODUCED" && r.To == agreement.Id);
        Assert.False(d.Has("PARTY_TO", "country:pl", agreement.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:cz", agreement.Id), d.Dump());
    }

    // The pattern: a fronted locative ("In Geneva,") sets the scene of the whole sentence.
    [Fact]
    public void AStatementIssuedInAnotherPlaceIsNoProductOfTheTalks()
    {
        var d = TestArticles.Extract(PragueTalks + "In Geneva, the UN envoy Josep Borrell put out a joint statement hailing plans for the new rail corridor.\n");
        var statement = Assert.Single(d.OfType("Agreement"));
        Assert.DoesNotContain(d.Relationships, r => r.Type == "PRODUCED" && r.To == statement.Id);
        Assert.False(d.Has("ATTENDED", "person:josep-borrell", d.OfType("Meeting").First().Id), d.Dump());
    }

    // The pattern: a plural definite reference ("the two countries") resolves to the nearest pair, not the story's principal pair.
    [Fact]
    public void TheTwoCountriesAreThePairTheSentenceJustNamed()
    {
        var d = TestArticles.Extract("""
            date 2022-04-12 Chilean Foreign Minister Antonia Urrejola met Peruvian Foreign Minister Cesar Landa in Lima on Tuesday.
            The two ministers discussed migration and trade.
            Urrejola also noted the agreement on fisheries between Chile and Ecuador, which replaced the 1998 accord between the two countries on coastal patrols.
            """);
        var older = Assert.Single(d.OfType("Agreement"), a => a.Year == 1998);
        Assert.True(d.Has("PARTY_TO", "country:cl", older.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:ec", older.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:pe", older.Id), d.Dump());
    }

    // The pattern: a unilateral document (a plan, an initiative) has one author, the country whose possessive owns it.
    [Fact]
    public void ACountrysPossessiveMakesItTheOnlySideOfItsPlan()
    {
        var d = TestArticles.Extract("""
            date 2024-05-02 Spanish Prime Minister Pedro Sanchez met Portuguese Prime Minister Luis Montenegro in Lisbon on Thursday.
            The two leaders discussed energy links and migration.
            Sanchez said Spain supported Egypt's 2021 reconstruction plan for Gaza.
            """);
        var plan = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("PARTY_TO", "country:eg", plan.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:es", plan.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:pt", plan.Id), d.Dump());
    }
}
