using RelationsGraph.Extraction.Knowledge;

namespace RelationsGraph.Extraction.Tests;

/// <summary>Royals known by a title and one given name, and royals, sheikhs, knights and holders of honours styled before a full name, keep the styled form among their names.</summary>
public class RoyalStyleTests
{
    [Fact]
    public void ACrownPrinceNamedByOneGivenNameKeepsTheStyledName()
    {
        var d = TestArticles.Extract("date 2024-06-02 Norway's Crown Prince Haakon and the Danish foreign minister attended the opening in Oslo.");
        Assert.Contains(d.OfType("Person"), p => p.Aliases.Contains("Crown Prince Haakon") || p.Name == "Crown Prince Haakon");
    }

    [Fact]
    public void AFullNameAfterARoyalTitleGetsNoStyledForm()
    {
        var d = TestArticles.Extract("date 2024-06-02 The talks in Amman were chaired by Prince Faisal bin Farhan and lasted two hours.");
        Assert.DoesNotContain(d.OfType("Person"), p => p.Aliases.Contains("Prince Farhan"));
    }

    [Fact]
    public void ARegnalNumeralAfterAKingsGivenNameIsPartOfTheName()
    {
        var d = TestArticles.Extract("date 2024-06-02 The summit was opened by Lesotho's King Letsie III, who spoke for ten minutes.");
        Assert.True(d.Has("REPRESENTS", "person:letsie-iii", "country:ls"), d.Dump());
    }

    [Theory]
    [InlineData("King Olaf VII", "person:olaf-vii")]
    [InlineData("King Carl XVII Magnus", "person:carl-xvii-magnus")]
    [InlineData("Queen Astrid IX", "person:astrid-ix")]
    public void ARegnalNumeralOfAnyReignAfterTheFirstGivenNameIsPartOfTheName(string styled, string id)
    {
        var d = TestArticles.Extract($"date 2024-06-02 The summit was opened by Norway's {styled}, who spoke for ten minutes.");
        Assert.True(d.Has("REPRESENTS", id, "country:no"), d.Dump());
    }

    // Monarchs and popes of the modern era are known with the country they reign over.
    [Theory]
    [InlineData("King Carl XVI Gustaf", "SE")]
    [InlineData("Pope John Paul II", "VA")]
    [InlineData("King Hassan II", "MA")]
    [InlineData("Emperor Akihito", "JP")]
    public void AMonarchOfTheModernEraIsKnownWithTheirCountry(string name, string iso) =>
        Assert.Contains(KnowledgeBase.Default.Lookup(name), e => e.Kind == GazetteerKind.Person && e.Iso2 == iso);

    [Fact]
    public void AStyleBeforeAFullNameIsKeptWithTheFullName()
    {
        var d = TestArticles.Extract("date 2024-06-02 Bahrain's ruler, Sheikh Hamad bin Isa Al Khalifa, received the visiting delegation in Manama on Sunday.");
        Assert.Contains(d.OfType("Person"), p => p.Aliases.Contains("Sheikh Hamad bin Isa Al Khalifa") || p.Name == "Sheikh Hamad bin Isa Al Khalifa");
    }

    [Theory]
    [InlineData("Sir Ahmad Ruslan")]
    [InlineData("Tun Harun Osman")]
    [InlineData("Ratu Sefo Nailati")]
    public void AnHonourOrKnighthoodBeforeAFullNameIsKeptToo(string styled)
    {
        var d = TestArticles.Extract($"date 1975-03-12 The prime minister, {styled}, arrived in Suva on Wednesday for talks.");
        Assert.Contains(d.OfType("Person"), p => p.Aliases.Contains(styled));
    }
}
