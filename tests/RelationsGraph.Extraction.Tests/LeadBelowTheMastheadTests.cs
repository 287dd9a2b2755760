namespace RelationsGraph.Extraction.Tests;

/// <summary>The lead is counted from the story's first gathering, not from the masthead and byline above it.</summary>
public class LeadBelowTheMastheadTests
{
    private const string Header = """
        date 2024-05-10

        *The Fjord Courier · Weekend edition*

        From the archive

        Front page

        # Ministers close a week of haggling over river shipping

        **Two governments settle a quarrel that has run for a decade**

        *By our staff · OSLO, 10 May 2024*

        """;

    private const string Middle = """
        The treaty opens the lower reaches of the Varna canal to barges of both countries from next spring.

        Shipping companies had lobbied for the change for years, saying that the old rules doubled their costs.

        Opposition deputies in Warsaw said they would read the text closely before any vote on ratification.

        Their foreign ministers, Mirja Holm and Lars Berg, held separate talks on the last clauses of the text.
        """;

    [Fact]
    public void ALeadPlacingTheTripAbroadKeepsTheBylineCityFromItsOtherMeetings()
    {
        var d = TestArticles.Extract(Header + """
            Polish Prime Minister Marek Zielny flew home on Friday after a two-day visit to Portugal.

            He held talks with Swedish Prime Minister Sven Ahlgren in Lisbon on Thursday and signed a treaty on river shipping.

            """ + Middle);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "HELD_IN" && r.To == "place:oslo");
    }

    [Fact]
    public void ALeadPlacingNothingAbroadLeavesTheBylineCity()
    {
        var d = TestArticles.Extract(Header + """
            Polish Prime Minister Marek Zielny ended a two-day visit on Friday.

            He held talks with Swedish Prime Minister Sven Ahlgren on Thursday and signed a treaty on river shipping.

            """ + Middle);
        Assert.Contains(d.Relationships, r => r.Type == "HELD_IN" && r.To == "place:oslo");
    }
}
