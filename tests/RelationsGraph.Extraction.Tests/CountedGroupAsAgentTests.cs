namespace RelationsGraph.Extraction.Tests;

/// <summary>A counted group behind a passive "signed by" stands for the people named just before it.</summary>
public class CountedGroupAsAgentTests
{
    [Fact]
    public void BothLeadersAfterSignedByAreThePairNamedBefore()
    {
        var d = TestArticles.Extract("""
            date 2024-03-02 GABORONE - Botswana's President Tebogo Sekai met Namibian President Petrus Amutenya in the capital on Saturday to review the commitments the two had made last year.
            The Okavango Water Sharing Accord, signed by both leaders in May 2023, remains the only written pact between them.
            """);
        var accord = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:tebogo-sekai", accord.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:petrus-amutenya", accord.Id), d.Dump());
    }

    [Fact]
    public void ThePresidentsAsAgentOfADocumentRecalledByName()
    {
        var d = TestArticles.Extract("""
            date 2024-03-02 GABORONE - Botswana's President Tebogo Sekai and Namibian President Petrus Amutenya spoke by telephone on Saturday.
            They recalled the Chobe Crossing Declaration, signed by the two presidents during a state visit in 2022.
            """);
        var declaration = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:tebogo-sekai", declaration.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:petrus-amutenya", declaration.Id), d.Dump());
    }

    [Fact]
    public void APlannedSigningByTheGroupSignsNothing()
    {
        var d = TestArticles.Extract("""
            date 2024-03-02 GABORONE - Botswana's President Tebogo Sekai received Namibian President Petrus Amutenya on Saturday.
            Officials said the Okavango Water Sharing Accord will be signed by the two presidents next month.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "SIGNED");
    }

    [Fact]
    public void TheGroupsOwnAppositionNamesTheSigners()
    {
        var d = TestArticles.Extract("""
            date 2024-03-02 GABORONE - Botswana, Namibia and Zambia agreed on Saturday on the Chobe Crossing Declaration after a day of talks.
            It was later signed by the three foreign ministers – Kagiso Molefhe for Botswana, Nelao Shikongo for Namibia and Chanda Mwale for Zambia – with their presidents looking on.
            """);
        var declaration = Assert.Single(d.OfType("Agreement"));
        foreach (var person in new[] { "person:kagiso-molefhe", "person:nelao-shikongo", "person:chanda-mwale" })
            Assert.True(d.Has("SIGNED", person, declaration.Id), person + "\n" + d.Dump());
    }
}
