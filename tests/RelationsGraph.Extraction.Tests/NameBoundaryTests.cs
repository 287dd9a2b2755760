namespace RelationsGraph.Extraction.Tests;

/// <summary>Where a name starts and what kind of thing a capitalised run is.</summary>
public class NameBoundaryTests
{
    [Fact]
    public void ADayOpeningTheRunIsNotPartOfTheName()
    {
        var d = TestArticles.Extract("date 2024-01-30 Later on Wednesday Aurelio Mbeki met Prime Minister Tarek Salem in Tunis.");
        Assert.Contains(d.OfType("Person"), p => p.Name == "Aurelio Mbeki");
        Assert.DoesNotContain(d.OfType("Person"), p => p.Name.Contains("Wednesday"));
    }

    [Fact]
    public void APluralRoleNounOpeningTheRunIsNotPartOfTheName()
    {
        var d = TestArticles.Extract("date 2024-01-30 Foreign Ministers Ilkka Rantanen and Jonas Berg signed the protocol in Oslo.");
        Assert.Contains(d.OfType("Person"), p => p.Name == "Ilkka Rantanen");
    }

    [Fact]
    public void ResidencesAreVenuesNotPeople()
    {
        var d = TestArticles.Extract("date 2024-01-30 Talks were held at the Vasquez Mansion after a lunch at Kerrow Castle.");
        Assert.DoesNotContain(d.OfType("Person"), p => p.Name.Contains("Mansion") || p.Name.Contains("Castle"));
        Assert.Contains(d.OfType("Place"), p => p.Name == "Vasquez Mansion");
    }
}

/// <summary>Capitalised fragments of titles and headlines that are no one's name.</summary>
public class TitleFragmentTests
{
    [Fact]
    public void WordsOfDocumentTitlesAreNoPersonsName()
    {
        var d = TestArticles.Extract("""
            date 2024-01-30 The Declaration on Friendly Relations signed by Foreign Minister Lena Okafor names Diplomatic Relations as its goal.
            Peace Agreement signed, the headline read.
            """);
        Assert.DoesNotContain(d.OfType("Person"), p => p.Name.Contains("Relations") || p.Name.Contains("Agreement"));
    }

    [Fact]
    public void RegionsNamedWithACompassAdjectiveAreNoPeople()
    {
        var d = TestArticles.Extract("date 2024-01-30 Envoy Rafael Mendes held talks with Western Sahelians and Central Asians said the talks failed.");
        Assert.DoesNotContain(d.OfType("Person"), p => p.Name.StartsWith("Western") || p.Name.StartsWith("Central"));
    }

    [Fact]
    public void AnOpeningAdverbIsNoPartOfTheName()
    {
        var d = TestArticles.Extract("date 2024-01-30 Only Marta Ilves signed the charter in Tallinn on Monday.");
        Assert.Contains(d.OfType("Person"), p => p.Name == "Marta Ilves");
    }
}

/// <summary>Honorifics of many traditions stand before names without being part of them.</summary>
public class NameHonorificTests
{
    [Theory]
    [InlineData("Shri Anand Varma", "Anand Varma")]
    [InlineData("Smt. Kavita Rao", "Kavita Rao")]
    [InlineData("Ayatollah Hassan Nouri", "Hassan Nouri")]
    [InlineData("Datuk Seri Aziz Rahman", "Aziz Rahman")]
    public void TheHonorificShowsAPersonAndIsLeftOutOfTheName(string written, string name)
    {
        var d = TestArticles.Extract($"date 2024-01-30 {written} received the delegation in the capital on Monday.");
        Assert.Contains(d.OfType("Person"), p => p.Name == name);
        Assert.DoesNotContain(d.OfType("Person"), p => p.Name.StartsWith(written.Split(' ')[0].TrimEnd('.')));
    }
}
