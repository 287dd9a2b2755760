namespace RelationsGraph.Extraction.Tests;

/// <summary>A country written as the "of" genitive of a common noun belongs to that noun, not to the document's sides.</summary>
public class AgreementGenitiveOfOtherTests
{
    [Fact]
    public void ACountryOfAnotherNounIsNoParty()
    {
        var d = TestArticles.Extract("""
            date 2024-03-05 Tallinn, March 5, 2024 - Estonian ministers and their peers from ten countries signed a declaration on the reconstruction of Latvia on Tuesday.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.False(d.Has("PARTY_TO", "country:lv", agreement.Id), d.Dump());
    }

    [Fact]
    public void EveryCountryOfTheCoordinatedGenitiveIsNoParty()
    {
        var d = TestArticles.Extract("""
            date 2024-03-05 Tallinn, March 5, 2024 - A new Estonian ferry treaty took effect on Tuesday, two decades after the borders of Latvia and Lithuania were redrawn.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.False(d.Has("PARTY_TO", "country:lv", agreement.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:lt", agreement.Id), d.Dump());
    }

    [Fact]
    public void ThePeopleOfACountryActForIt()
    {
        var d = TestArticles.Extract("""
            date 2024-03-05 The foreign ministers of Estonia and Finland signed a ferry agreement in a harbour hall on Tuesday.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("PARTY_TO", "country:ee", agreement.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:fi", agreement.Id), d.Dump());
    }
}
