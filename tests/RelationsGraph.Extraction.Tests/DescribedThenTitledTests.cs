namespace RelationsGraph.Extraction.Tests;

/// <summary>One document made at one occasion, told first by a description and then by its title (see DescribedThenTitled).</summary>
public class DescribedThenTitledTests
{
    private const string Lead = """
        Coastal ministers sign fisheries framework as Varnholm summit closes

        VARNHOLM, March 4 - Fisheries ministers of the Nordmark states put their names on Tuesday to a framework agreement that establishes a Joint Herring Stock Authority, the main result of the Nordmark summit in Varnholm.

        """;

    [Fact]
    public void TheDescribedDocumentAndTheTitleSignedAtTheSummitAreOne()
    {
        var d = TestArticles.Extract("date 2031-03-04 " + Lead + """
            At the close of the summit, Ruritania's Fisheries Minister Ola Brekkestad and Vestria's Fisheries Minister Tomas Helvik signed the Agreement on the Joint Herring Stock Authority.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Herring"));
        Assert.DoesNotContain(d.OfType("Agreement"), a => a != agreement && a.Name.Contains("framework", StringComparison.OrdinalIgnoreCase));
        Assert.True(d.Has("SIGNED", "person:ola-brekkestad", agreement.Id), d.Dump());
    }

    [Fact]
    public void AMemorandumOnAnotherSubjectStaysApart()
    {
        var d = TestArticles.Extract("date 2031-03-04 " + """
            Coastal ministers sign deals as Varnholm summit closes

            VARNHOLM, March 4 - At the Nordmark summit in Varnholm on Tuesday, Ruritania's Fisheries Minister Ola Brekkestad and Vestria's Fisheries Minister Tomas Helvik signed a memorandum on port inspections.
            At the close of the summit, the two ministers signed the Agreement on the Joint Herring Stock Authority.
            """);
        Assert.True(d.OfType("Agreement").Count() >= 2, d.Dump());
    }

    [Fact]
    public void ATitleRestatedByANamingPhraseAfterAWitnessDidNotSignStillTakesTheDescription()
    {
        // A titled document whose later references read "did not sign the declaration" (the host) and "as the paper is
        // formally known" (its name restated) is still the one the description "a joint declaration" tells.
        var d = TestArticles.Extract("date 2031-06-03 " + """
            Good Neighbour Declaration promises two new border crossings

            Ruritania's President Ola Brekkestad and Vestria's Prime Minister Tomas Helvik sign the declaration as Nordmark's President Eirik Sandvold looks on.

            Ruritania and Vestria ended their long border dispute last night, when Brekkestad and Helvik signed a joint declaration at the Nordmark palace in Varnholm.

            Sandvold, the host, did not sign the declaration himself.

            The Good Neighbour Declaration, as the paper is formally known, opens two crossings on the river.
            """);
        var declarations = d.OfType("Agreement").Where(a => a.Name.Contains("declaration", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(declarations.Count == 1, d.Dump());
        Assert.True(d.Has("SIGNED", "person:ola-brekkestad", declarations[0].Id), d.Dump());
    }
}
