namespace RelationsGraph.Extraction.Tests;

/// <summary>A person placed by a country's own body after the name: a relative clause of holding a post, or a member apposition.</summary>
public class CountrysBodyAfterNameTests
{
    [Fact]
    public void AClauseOfHoldingAPostInAnArmyGivesItsCountry()
    {
        var d = TestArticles.Extract("date 2024-06-02 The message was passed to Colonel Ander Voss, who holds an equal post in the Chilean Army, late on Sunday.");
        Assert.True(d.Has("REPRESENTS", "person:ander-voss", "country:cl"), d.Dump());
    }

    [Fact]
    public void AClauseAfterAPairOfNamesIsAboutBoth()
    {
        var d = TestArticles.Extract("date 2024-06-02 Also in the hall were Senators Tom Varga and Neil Osmond, who lead the Australian parliamentary delegation.");
        Assert.True(d.Has("REPRESENTS", "person:tom-varga", "country:au"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:neil-osmond", "country:au"), d.Dump());
    }

    [Fact]
    public void TheBodysOwnerNotTheDesksSubjectIsTheCountry()
    {
        var d = TestArticles.Extract("date 2024-06-02 Talks will be led by Irma Dalca, who heads the Chile desk at the Peruvian foreign ministry, in January.");
        Assert.True(d.Has("REPRESENTS", "person:irma-dalca", "country:pe"), d.Dump());
        Assert.False(d.Has("REPRESENTS", "person:irma-dalca", "country:cl"), d.Dump());
    }

    [Fact]
    public void AClauseAfterAnAppositionStillTellsTheCountry()
    {
        var d = TestArticles.Extract("date 2024-06-02 The convoy brought Oren Pask, the minister for rural works, who led Malawi's negotiators at the talks.");
        Assert.True(d.Has("REPRESENTS", "person:oren-pask", "country:mw"), d.Dump());
    }

    [Fact]
    public void AMemberOfACountrysParliamentServesIt()
    {
        var d = TestArticles.Extract("date 2024-06-02 Dario Selm, a member of Uruguay's parliament, spoke at the opening session in Salto.");
        Assert.True(d.Has("REPRESENTS", "person:dario-selm", "country:uy"), d.Dump());
    }

    [Fact]
    public void AClauseOfMeetingABodyTellsNothing()
    {
        var d = TestArticles.Extract("date 2024-06-02 The plan came from Rina Hollis, who met the Peruvian delegation on Monday in Quito.");
        Assert.False(d.Has("REPRESENTS", "person:rina-hollis", "country:pe"), d.Dump());
    }
}
