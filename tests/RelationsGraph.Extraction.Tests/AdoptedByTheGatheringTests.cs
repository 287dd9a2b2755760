namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A document that "the leaders of" a grouping adopt, with no one named signing it, comes out of the story's summit,
/// not out of a side talk told in the same sentence (see AdoptedByTheGathering).
/// </summary>
public class AdoptedByTheGatheringTests
{
    [Fact]
    public void LeadersAdoptingATextGoToTheSummitNotTheSideTalks()
    {
        var d = TestArticles.Extract("""
            Lakeland leaders adopt river declaration

            ORVIK, May 2 - Leaders of the eight Lakeland states adopted the Orvik Declaration on river trade on Friday, as Norland's President Anna Holmvik held talks with Vestria's Prime Minister Jorg Tavelli.

            The two-day Orvik summit, chaired by Ostmark's Chancellor Pia Marekova and attended by Holmvik, Tavelli and five other leaders, opened on Thursday. Holmvik and Tavelli met for an hour on its margins.
            """);
        var declaration = Assert.Single(d.OfType("Agreement"));
        var produced = Assert.Single(d.Relationships, r => r.Type == "PRODUCED" && r.To == declaration.Id);
        var summit = Assert.Single(d.OfType("Meeting"), m => m.Id == produced.From);
        Assert.Contains("marekova", summit.Id);
    }

    // A conference dated to another day than the talks the sentence reports is another occasion: the statement stays with the talks.
    [Fact]
    public void AConferenceOnAnotherDayDoesNotTakeTheTalksStatement()
    {
        var d = TestArticles.Extract("""
            Norland and Vestria agree river plan

            ORVIK, June 20, 2023 - Norland's President Anna Holmvik held talks with Vestria's Prime Minister Jorg Tavelli in Orvik on June 11, 2023.

            When the talks ended, leaders of both governments issued a joint statement about barge traffic.

            The two will meet again at a conference of eight states in Kelby on July 23, 2023, hosted by Ostmark's Chancellor Pia Marekova and attended by Holmvik and Tavelli.
            """);
        var statement = Assert.Single(d.OfType("Agreement"), a => a.Id.Contains("declaration"));
        var produced = Assert.Single(d.Relationships, r => r.Type == "PRODUCED" && r.To == statement.Id);
        Assert.StartsWith("meeting:2023-06", produced.From);
    }
}
