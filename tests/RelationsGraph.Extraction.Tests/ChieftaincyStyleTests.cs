namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "Nigeria's foreign minister, Chief Ade Balogun": "Chief" before a full name is a style of address, so the office told
/// before the name is the title and gives the country; "Chief Negotiator X" stays a role.
/// </summary>
public class ChieftaincyStyleTests
{
    [Fact]
    public void ChiefBeforeAFullNameIsAStyleAndTheOfficeBeforeItGivesTheCountry()
    {
        var d = TestArticles.Extract("""
            date 2003-06-10 Ghana and Nigeria signed a fisheries accord in Accra on Tuesday.
            Nigeria's foreign minister, Chief Ade Balogun, signed for his government. Alhaji Musa Danjuma, Ghana's trade minister, signed for Ghana.
            """);
        Assert.DoesNotContain(d.OfType("Person"), p => p.Name.StartsWith("Chief") || p.Name.StartsWith("Alhaji"));
        Assert.True(d.Has("REPRESENTS", "person:ade-balogun", "country:ng"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:musa-danjuma", "country:gh"), d.Dump());
    }

    [Fact]
    public void ChiefBeforeAnotherRoleNounStaysPartOfTheTitle()
    {
        var d = TestArticles.Extract("""
            date 2003-06-10 Chief Negotiator Emeka Obi met the Ghanaian delegation in Accra on Tuesday.
            """);
        Assert.Contains(d.OfType("Person"), p => p.Name == "Emeka Obi");
    }

    [Theory]
    [InlineData("Ratu Sir Lemeki Vatu", "lemeki-vatu")]
    [InlineData("Father Sione Kava", "sione-kava")]
    public void AChiefsOrAPriestsStyleIsNoWordOfTheName(string styled, string id)
    {
        var d = TestArticles.Extract($"date 1995-08-06 The pact was signed in Suva by the Prime Minister of Fiji, {styled}, on Tuesday.");
        Assert.True(d.Has("REPRESENTS", "person:" + id, "country:fj"), d.Dump());
    }
}
