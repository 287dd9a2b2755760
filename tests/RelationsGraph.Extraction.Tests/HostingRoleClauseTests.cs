namespace RelationsGraph.Extraction.Tests;

/// <summary>"X, who hosted the talks, signed ...": a person's role clause names no gathering of its own.</summary>
public class HostingRoleClauseTests
{
    [Fact]
    public void TheHostOfTheTalksIsAtTheSigning()
    {
        var d = TestArticles.Extract("date 2023-05-10 Guatemalan Foreign Minister Mario Bucaro and Belizean Foreign Minister Eamon Courtenay signed a border accord in Tegucigalpa on Wednesday. " +
                                     "Honduran President Xiomara Castro, who hosted the talks, signed as a witness, alongside Salvadoran President Nayib Bukele.");
        var signing = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:xiomara-castro", signing.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:nayib-bukele", signing.Id), d.Dump());
    }

    [Fact]
    public void OtherTalksAPersonHostedStartNoMeeting()
    {
        var d = TestArticles.Extract("date 2023-05-10 Guatemalan Foreign Minister Mario Bucaro and Belizean Foreign Minister Eamon Courtenay signed a border accord in Tegucigalpa on Wednesday. " +
                                     "Costa Rican Foreign Minister Arnoldo Andre, whose government has hosted separate talks between the two armies in San Jose, attended as an observer.");
        var signing = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:arnoldo-andre", signing.Id), d.Dump());
    }

    [Fact]
    public void APersonBeforeALongRoleClauseJoinsTheMainVerbsGathering()
    {
        var d = TestArticles.Extract("date 2023-05-10 Guatemalan Foreign Minister Mario Bucaro and Belizean Foreign Minister Eamon Courtenay signed a border accord in Tegucigalpa on Wednesday. " +
                                     "Costa Rican Foreign Minister Arnoldo Andre, whose government has hosted parallel talks between the border commanders of the two armies and their civilian advisers in San Jose, attended as an observer.");
        var signing = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:arnoldo-andre", signing.Id), d.Dump());
    }

    [Fact]
    public void TalksNamedOutsideARelativeClauseStillMakeAMeeting()
    {
        var d = TestArticles.Extract("date 2023-05-10 Guatemalan Foreign Minister Mario Bucaro and Belizean Foreign Minister Eamon Courtenay signed a border accord in Tegucigalpa on Wednesday. " +
                                     "A month earlier, Honduran President Xiomara Castro hosted talks with Salvadoran President Nayib Bukele in San Pedro Sula.");
        Assert.Equal(2, d.OfType("Meeting").Count());
    }
}
