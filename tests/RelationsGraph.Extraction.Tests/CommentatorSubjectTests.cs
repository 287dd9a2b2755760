namespace RelationsGraph.Extraction.Tests;

/// <summary>A country opening the subject of a verb of remarking or reacting is a commentator, however long that subject runs.</summary>
public class CommentatorSubjectTests
{
    // Pattern: an aside set off by commas between the commenting country and its verb.
    [Fact]
    public void ACommentatorWithAnAsideIsNoParty()
    {
        var d = TestArticles.Extract("""
            date 2024-03-05 Polish Foreign Minister Radoslaw Sikorski and Swedish Foreign Minister Tobias Billstrom signed a fisheries agreement on Tuesday.
            Malta, which lent its embassy for the final round of talks, welcomed the agreement in a short statement.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.False(d.Has("PARTY_TO", "country:mt", agreement.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:pl", agreement.Id), d.Dump());
    }

    // Pattern: a list of countries, an aside and a verb of reacting.
    [Fact]
    public void CountriesThatObjectToTheDocumentAreNoParties()
    {
        var d = TestArticles.Extract("""
            date 2024-03-05 Polish Foreign Minister Radoslaw Sikorski and Swedish Foreign Minister Tobias Billstrom signed a fisheries agreement on Tuesday.
            Denmark, Finland and Estonia, three of the other Baltic fishing states, objected to a clause of the agreement on quotas.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.False(d.Has("PARTY_TO", "country:dk", agreement.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:fi", agreement.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:ee", agreement.Id), d.Dump());
    }

    // Pattern: an auxiliary before the commenting verb, after a list of two.
    [Fact]
    public void CountriesThatHaveSaidTheySupportItAreNoParties()
    {
        var d = TestArticles.Extract("""
            date 2024-03-05 Polish Foreign Minister Radoslaw Sikorski and Swedish Foreign Minister Tobias Billstrom signed a fisheries agreement on Tuesday.
            Norway and Iceland have said they support the agreement.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.False(d.Has("PARTY_TO", "country:no", agreement.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:is", agreement.Id), d.Dump());
    }

    // Pattern: an aside that tells the country's own signing keeps it a side.
    [Fact]
    public void ACommentatorWhoseAsideTellsItsSigningStaysAParty()
    {
        var d = TestArticles.Extract("""
            date 2024-03-05 Latvia, whose minister signed the fisheries agreement with Lithuania in Riga on Tuesday, welcomed the accord as overdue.
            """);
        Assert.Contains(d.OfType("Agreement"), a => d.Has("PARTY_TO", "country:lv", a.Id));
    }
}
