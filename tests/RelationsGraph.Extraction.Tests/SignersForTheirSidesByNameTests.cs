namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "signed by A for Peru and B for Bolivia": a full name followed by "for" and a country at a signing, or in a list whose
/// names each carry their side, acts for that country; the second name of such a list is a person like the first; and a
/// passive's place and date may stand between "signed" and "by" its signer.
/// </summary>
public class SignersForTheirSidesByNameTests
{
    private const string Lead = "date 1988-06-14 The foreign ministers met in Quito on Tuesday. ";

    [Fact]
    public void EachSignerActsForTheSideNamedAfterHim()
    {
        var d = TestArticles.Extract(Lead + "A border trade protocol was signed by Minister Anselmo Ribas for Ecuador and Teodoro Lusk for Colombia.");
        Assert.True(d.Has("REPRESENTS", "person:anselmo-ribas", "country:ec"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:teodoro-lusk", "country:co"), d.Dump());
        Assert.Contains(d.Relationships, r => r.Type == "SIGNED" && r.From == "person:teodoro-lusk");
    }

    [Fact]
    public void PlaceAndDateMayStandBetweenTheParticipleAndItsAgent()
    {
        var d = TestArticles.Extract(Lead + "An earlier accord had been signed in Lima on 2 May 1962 by Osvaldo Quilca for Peru.");
        Assert.True(d.Has("REPRESENTS", "person:osvaldo-quilca", "country:pe"), d.Dump());
    }

    [Fact]
    public void ForAndACountryOutsideASigningOrAListTellsNoSide()
    {
        var d = TestArticles.Extract(Lead + "Minister Anselmo Ribas thanked Teodoro Lusk for Colombia's help.");
        Assert.False(d.Has("REPRESENTS", "person:teodoro-lusk", "country:co"), d.Dump());
    }

    [Fact]
    public void ATitleBeforeForIsNoSignatory()
    {
        var d = TestArticles.Extract(Lead + "The accord was signed by Anselmo Ribas and witnessed by the Special Envoy for Colombia.");
        Assert.DoesNotContain(d.Entities, e => e.Id.StartsWith("person:special", StringComparison.Ordinal));
    }

    [Fact]
    public void ABareNameForACountryInASemicolonRollIsASignatory()
    {
        var d = TestArticles.Extract(Lead + "The Yarumal River Treaty was signed by Foreign Minister Anselmo Ribas, for Ecuador; Odilon Varque for Colombia; and Teodoro Lusk for Peru.");
        Assert.True(d.Has("REPRESENTS", "person:odilon-varque", "country:co"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:teodoro-lusk", "country:pe"), d.Dump());
        Assert.Contains(d.Relationships, r => r.Type == "SIGNED" && r.From == "person:odilon-varque");
    }

    [Fact]
    public void ALoneBareTwoWordNameForItsCountryAtASigningIsASignatory()
    {
        var d = TestArticles.Extract(Lead + "The fisheries pact was initialled on Monday by Baltasar Quend for Colombia.");
        Assert.True(d.Has("REPRESENTS", "person:baltasar-quend", "country:co"), d.Dump());
    }

    [Fact]
    public void ABodyBeforeForAtASigningIsNoSignatory()
    {
        var d = TestArticles.Extract(Lead + "The loan was signed by Anselmo Ribas and the Andean Development Fund for Colombia.");
        Assert.DoesNotContain(d.Entities, e => e.Type == "Person" && e.Id.Contains("fund", StringComparison.Ordinal));
    }

    [Fact]
    public void ASemicolonItemOutsideASigningTellsNoSide()
    {
        var d = TestArticles.Extract(Lead + "The delegates were thanked by the host; Odilon Varque for Colombia.");
        Assert.False(d.Has("REPRESENTS", "person:odilon-varque", "country:co"), d.Dump());
    }

    [Fact]
    public void ARollItemClosedByForGivesEveryNameInItItsSide()
    {
        var d = TestArticles.Extract(Lead + "The Yarumal River Treaty was signed by Anselmo Ribas, the finance minister, and Celio Marant, the deputy finance minister, for Ecuador; and by Teodoro Lusk, the interior minister, for Colombia.");
        Assert.True(d.Has("REPRESENTS", "person:anselmo-ribas", "country:ec"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:celio-marant", "country:ec"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:teodoro-lusk", "country:co"), d.Dump());
    }

    [Fact]
    public void ANameOpeningARollItemClosedByForIsASignatory()
    {
        var d = TestArticles.Extract(Lead + "The Yarumal River Treaty was signed by Anselmo Ribas, the finance minister, for Ecuador; Lord Pendrey, Keeper of the Rolls at the Treasury, for Britain; and Teodoro Lusk for Colombia.");
        Assert.True(d.Has("REPRESENTS", "person:lord-pendrey", "country:gb"), d.Dump());
    }
}
