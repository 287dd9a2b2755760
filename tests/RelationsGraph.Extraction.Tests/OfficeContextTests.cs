namespace RelationsGraph.Extraction.Tests;

/// <summary>Offices read from the words around a name: portfolios, titles before an apposition, "Emir of X", "led by".</summary>
public class OfficeContextTests
{
    [Fact]
    public void PortfolioWordsBelongToTheTitleNotTheName()
    {
        var d = TestArticles.Extract("Ghana's Energy Cabinet Secretary Kojo Mensah met investors. Brazilian Minister of State for Foreign Trade Rita Campos spoke too.");
        Assert.True(d.Has("REPRESENTS", "person:kojo-mensah", "country:gh"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:rita-campos", "country:br"), d.Dump());
        Assert.DoesNotContain(d.OfType("Person"), p => p.Name is "Energy" or "State" or "Foreign Trade");
    }

    [Fact]
    public void AnOfficeBeforeACommaNamesThePersonAndCountry()
    {
        var d = TestArticles.Extract("Chile's foreign secretary, Ana Pereira, briefed reporters. Peru's ambassador in Santiago, Luis Quispe, attended.");
        Assert.True(d.Has("REPRESENTS", "person:ana-pereira", "country:cl"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:luis-quispe", "country:pe"), d.Dump());
        Assert.DoesNotContain(d.OfType("Place"), p => p.Name == "Luis Quispe");
    }

    [Fact]
    public void ACounterpartTakesTheDemonymBeforeIt()
    {
        var d = TestArticles.Extract("Dutch Defence Minister Pieter Smit and his Polish counterpart, Defence Secretary Marek Nowak, inspected the troops.");
        Assert.True(d.Has("REPRESENTS", "person:marek-nowak", "country:pl"), d.Dump());
    }

    [Fact]
    public void TheCountryAfterAnOfficeOfIsKept()
    {
        var d = TestArticles.Extract("He will hold talks with the Emir of Kuwait, Sheikh Nawaf Salem, next week.");
        Assert.Contains(d.OfType("Country"), c => c.Id == "country:kw");
        Assert.True(d.Has("REPRESENTS", "person:nawaf-salem", "country:kw"), d.Dump());
    }

    [Fact]
    public void APartyLeaderDoesNotRepresentTheCountryInThePartyName()
    {
        var d = TestArticles.Extract("Reform UK leader Nigel Farage said the deal was weak. The party, led by Kemi Badenoch, objected.");
        Assert.DoesNotContain(d.Relationships, r => r.Type == "REPRESENTS" && r.From == "person:nigel-farage");
        Assert.Contains(d.OfType("Person"), p => p.Id == "person:kemi-badenoch");
    }

    [Fact]
    public void TwoParticlesInARowStayInsideTheName()
    {
        var d = TestArticles.Extract("Commission President Ursula von der Leyen arrived. Von der Leyen said the talks went well.");
        Assert.Single(d.OfType("Person"));
    }

    [Fact]
    public void ANameJoinedToAPersonIsAPersonParticlesIncluded()
    {
        var d = TestArticles.Extract("Ministers Mauro Vieira and Juan Ramon de la Fuente met in Latin America's largest city.");
        Assert.Contains(d.OfType("Person"), p => p.Name == "Juan Ramon de la Fuente");
        Assert.DoesNotContain(d.OfType("Country"), c => c.Id == "country:us");
    }
}
