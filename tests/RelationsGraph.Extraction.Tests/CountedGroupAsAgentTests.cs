namespace RelationsGraph.Extraction.Tests;

/// <summary>A counted group behind a passive "signed by" stands for the people named just before it.</summary>
public class CountedGroupAsAgentTests
{
    [Fact]
    public void BothLeadersAfterSignedByAreThePairNamedBefore()
    {
        var d = TestArticles.Extract("""
            date 2024-03-02 GABORONE - Botswana's President Duma Boko met Namibian President Nangolo Mbumba in the capital on Saturday to review the commitments the two had made last year.
            The Okavango Water Sharing Accord, signed by both leaders in May 2023, remains the only written pact between them.
            """);
        var accord = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:duma-boko", accord.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:nangolo-mbumba", accord.Id), d.Dump());
    }

    [Fact]
    public void ThePresidentsAsAgentOfADocumentRecalledByName()
    {
        var d = TestArticles.Extract("""
            date 2024-03-02 GABORONE - Botswana's President Duma Boko and Namibian President Nangolo Mbumba spoke by telephone on Saturday.
            They recalled the Kazungula Corridor Declaration, signed by the two presidents at the end of a state visit in 2022.
            """);
        var declaration = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:duma-boko", declaration.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:nangolo-mbumba", declaration.Id), d.Dump());
    }

    [Fact]
    public void APlannedSigningByTheGroupSignsNothing()
    {
        var d = TestArticles.Extract("""
            date 2024-03-02 GABORONE - Botswana's President Duma Boko received Namibian President Nangolo Mbumba on Saturday.
            Officials said the Okavango Water Sharing Accord will be signed by the two presidents next month.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "SIGNED");
    }

    [Fact]
    public void TheGroupsOwnAppositionNamesTheSigners()
    {
        var d = TestArticles.Extract("""
            date 2024-03-02 GABORONE - Botswana, Namibia and Zambia agreed on Saturday on the Kazungula Corridor Declaration after a day of talks.
            It was then signed by the three foreign ministers – Lemogang Kwape for Botswana, Peya Mushelenga for Namibia and Mulambo Haimbe for Zambia – with their presidents looking on.
            """);
        var declaration = Assert.Single(d.OfType("Agreement"));
        foreach (var person in new[] { "person:lemogang-kwape", "person:peya-mushelenga", "person:mulambo-haimbe" })
            Assert.True(d.Has("SIGNED", person, declaration.Id), person + "\n" + d.Dump());
    }
}
