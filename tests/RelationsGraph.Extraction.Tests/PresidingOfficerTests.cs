namespace RelationsGraph.Extraction.Tests;

/// <summary>"X presided.", "with Y presiding": the one presiding, told with no object, is at the gathering under discussion.</summary>
public class PresidingOfficerTests
{
    [Fact]
    public void AChairWhoPresidedIsAtTheSigningToldBefore()
    {
        var d = TestArticles.Extract("""
            date 2019-05-14 VARNOSK, May 14 (Wire) - Prime Minister Aurel Vintila of Moldavia and Prime Minister Teodor Rusev of Bulgaria signed a river navigation treaty at the Custom House in Varnosk on Tuesday.
            Dragomir Ilievski, the foreign minister of North Macedonia, presided.
            """);
        var signing = Assert.Single(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:aurel-vintila", m.Id));
        Assert.True(d.Has("ATTENDED", "person:dragomir-ilievski", signing.Id), d.Dump());
    }

    [Fact]
    public void OneWhoPresidedInARelativeClauseIsAtTheCeremony()
    {
        var d = TestArticles.Extract("""
            date 2016-11-02 ORLANDEZ, Nov 2 (Wire) - Foreign Minister Ilse Marquardt of Austria and Foreign Minister Pavel Dvoracek of the Czech Republic signed a water treaty at the town hall of Orlandez on Wednesday.
            Chancellor Gerhild Pfannhauser, who presided, called the text a model for other border rivers.
            """);
        var signing = Assert.Single(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:ilse-marquardt", m.Id));
        Assert.True(d.Has("ATTENDED", "person:gerhild-pfannhauser", signing.Id), d.Dump());
    }

    [Fact]
    public void APresiderBeforeAnotherClauseIsAtTheSigning()
    {
        var d = TestArticles.Extract("""
            date 2012-04-17 KESTRELMOOR, April 17 (Wire) - Prime Minister Odran Fealy of Ireland and First Minister Caradog Pryce of Wales signed a ferry accord at the harbour office in Kestrelmoor on Tuesday.
            Speaker Morwenna Tregarthen presided, and the two delegations exchanged gifts afterwards.
            """);
        var signing = Assert.Single(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:odran-fealy", m.Id));
        Assert.True(d.Has("ATTENDED", "person:morwenna-tregarthen", signing.Id), d.Dump());
    }
}
