namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A signature phrase signs the text after its "to" also past a seal ("put his seal to"), a second signature noun ("set their
/// names and seals in turn to"), a comma-parted aside ("put his name, with B, to") or a time and place ("put their names on Tuesday
/// evening to") between its noun and the "to" (see SignatureAside and SigningVerb).
/// </summary>
public class SignatureAsideTests
{
    private const string Lead = """
        Norway and Finland settle a fjord quarrel

        date 2024-09-11 Norway and Finland closed a long quarrel over salmon rights in the Vennesby fjord this week.

        """;

    [Fact]
    public void ARulerWhoPutHisSealToATreatySignedIt()
    {
        var d = TestArticles.Extract("""
            Two centuries of the Kalmoor peace

            date 2024-09-11 On 9 September 1824, in a tented camp outside the hill town of Kalmoor, King Osric Dallavent of Norway put his own seal to the Treaty of Kalmoor and ended four years of border raids.

            """);
        var treaty = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Kalmoor"));
        Assert.True(d.Has("SIGNED", "person:osric-dallavent", treaty.Id), d.Dump());
    }

    [Fact]
    public void ANameWithACommaPartedAsideBeforeItsToSigned()
    {
        var d = TestArticles.Extract(Lead + """
            Norwegian Fisheries Minister Halvard Joss put his name, with his Finnish counterpart, to the Vennesby Salmon Accord at the harbour office.
            """);
        var accord = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Salmon"));
        Assert.True(d.Has("SIGNED", "person:halvard-joss", accord.Id), d.Dump());
    }

    [Fact]
    public void NamesPutOnATimeAndPlaceBeforeTheirToSigned()
    {
        var d = TestArticles.Extract(Lead + """
            Norwegian Fisheries Minister Halvard Joss and Finnish Fisheries Minister Mirja Kallevo put their names in Vennesby on Tuesday night to the Vennesby Salmon Accord.
            """);
        var accord = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Salmon"));
        Assert.True(d.Has("SIGNED", "person:halvard-joss", accord.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:mirja-kallevo", accord.Id), d.Dump());
    }

    [Fact]
    public void NamesAndSealsSetToATreatySigned()
    {
        var d = TestArticles.Extract("""
            Two centuries of the Kalmoor peace

            date 2024-09-11 On 9 September 1824 the Norwegian envoy Count Edvin Rask and the Finnish envoy Baron Tapio Lindqvar set their names and seals in turn to the Treaty of Kalmoor in a tented camp outside the town.

            """);
        var treaty = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Kalmoor"));
        Assert.True(d.Has("SIGNED", "person:edvin-rask", treaty.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:tapio-lindqvar", treaty.Id), d.Dump());
    }

    [Fact]
    public void ASealOfNoPersonSignsNothing()
    {
        var d = TestArticles.Extract(Lead + """
            The regional council, chaired by Mayor Halvard Joss, set its seal on the Vennesby Salmon Accord at a short sitting.
            """);
        Assert.DoesNotContain(d.OfType("Agreement"), a => d.Has("SIGNED", "person:halvard-joss", a.Id));
    }
}
