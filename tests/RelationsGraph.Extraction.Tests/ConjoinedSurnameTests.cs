namespace RelationsGraph.Extraction.Tests;

/// <summary>Spanish "y" and Portuguese "e" between two family names keep one person's name whole (ConjoinedSurname).</summary>
public class ConjoinedSurnameTests
{
    [Fact]
    public void SpanishYJoinsTwoFamilyNamesAfterAGivenName()
    {
        var d = TestArticles.Extract("date 2031-05-04 The accord was signed in Velmora by Chile's foreign minister, Tomás Orvieda y Lanz, on Tuesday.");
        Assert.Contains(d.OfType("Person"), p => p.Name == "Tomás Orvieda y Lanz");
        Assert.DoesNotContain(d.OfType("Person"), p => p.Name == "Tomás Orvieda");
    }

    [Fact]
    public void PortugueseEJoinsTwoFamilyNamesAfterAParticle()
    {
        var d = TestArticles.Extract("date 2031-05-04 Prime Minister Joaquim da Belmonte e Souto of Portugal held talks with the visiting delegation in Lisbon.");
        Assert.Contains(d.OfType("Person"), p => p.Name == "Joaquim da Belmonte e Souto");
    }

    [Fact]
    public void AConjunctionAfterTheOpeningWordOfAPhraseJoinsNothing()
    {
        var d = TestArticles.Extract("date 2031-05-04 Critics of the Orvieda y Lanz arrangement met President Carla Duvent in Velmora.");
        Assert.DoesNotContain(d.OfType("Person"), p => p.Name.Contains(" y "));
    }
}
