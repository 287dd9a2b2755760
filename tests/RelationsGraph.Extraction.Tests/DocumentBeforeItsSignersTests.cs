namespace RelationsGraph.Extraction.Tests;

/// <summary>"the treaty that A and B signed in X on D": the document before 'that' / 'which' is the signing verb's object.</summary>
public class DocumentBeforeItsSignersTests
{
    [Fact]
    public void SignersOfTheTreatyInARelativeClauseMetToSignIt()
    {
        var d = TestArticles.Extract("""
            date 2024-06-12 Estonian President Tarmo Kask arrived in Riga on Wednesday for talks with Latvian President Ilze Berzina.
            The visit builds on the border treaty that Kask and Lithuanian President Jonas Petraitis signed in Vilnius on 18 May 2021.
            """);
        var signing = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:jonas-petraitis", m.Id) && m.Date == "2021-05-18" && m.Kind != "visit");
        Assert.True(d.Has("ATTENDED", "person:tarmo-kask", signing.Id));
    }

    [Fact]
    public void AOneSignerRelativeClauseStartsNoSigning()
    {
        var d = TestArticles.Extract("""
            date 2024-06-12 Estonian President Tarmo Kask arrived in Riga on Wednesday for talks with Latvian President Ilze Berzina.
            The visit builds on the border treaty that Kask signed in Vilnius on 18 May 2021.
            """);
        Assert.DoesNotContain(d.OfType("Meeting"), m => m.Date == "2021-05-18" && m.Kind != "visit");
    }
}
