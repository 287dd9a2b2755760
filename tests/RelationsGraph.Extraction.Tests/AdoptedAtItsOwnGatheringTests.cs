namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// What a gathering ends with is its product; an earlier document recalled with the gathering that adopted it comes out of
/// that gathering, never out of this year's meeting.
/// </summary>
public class AdoptedAtItsOwnGatheringTests
{
    private const string Summit = "meeting:2025-economic-community-of-west-african-states-summit";

    [Fact]
    public void ASummitThatEndedWithADeclarationProducedIt()
    {
        var d = TestArticles.Extract("""
            date 2025-02-18 Leaders of the Economic Community of West African States met in Abuja on Tuesday.
            The summit, hosted by Nigerian President Bola Tinubu, ended with the Abuja Declaration on Regional Security.
            """);
        var declaration = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("PRODUCED", Summit, declaration.Id), d.Dump());
    }

    // "The summit closed with the adoption of the X Declaration": the noun of adopting concludes the document as a verb would.
    [Fact]
    public void ASummitThatClosedWithTheAdoptionOfADeclarationProducedIt()
    {
        var d = TestArticles.Extract("""
            date 2025-02-18 Leaders of the Economic Community of West African States met in Abuja on Tuesday.
            The summit closed with the adoption of the Abuja Declaration on Regional Security.
            """);
        var declaration = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("PRODUCED", Summit, declaration.Id), d.Dump());
    }

    [Fact]
    public void ARecalledDeclarationComesOutOfTheEarlierSummitThatAdoptedIt()
    {
        var d = TestArticles.Extract("""
            date 2025-02-18 Leaders of the Economic Community of West African States met in Abuja on Tuesday.
            The leaders reaffirmed the Accra Declaration adopted at the bloc's summit in Accra in March 2022.
            """);
        var declaration = Assert.Single(d.OfType("Agreement"));
        Assert.Equal(2022, declaration.Year);
        var producer = Assert.Single(d.Relationships, r => r.Type == "PRODUCED" && r.To == declaration.Id);
        Assert.NotEqual(Summit, producer.From);
        Assert.StartsWith("2022", d.Entity(producer.From).Date);
    }

    [Fact]
    public void ARecalledDeclarationWithoutItsGatheringHasNoProducer()
    {
        var d = TestArticles.Extract("""
            date 2025-02-18 Leaders of the Economic Community of West African States met in Abuja on Tuesday.
            The leaders reaffirmed the 2022 Accra Declaration, which set out rules for transitions.
            """);
        var declaration = Assert.Single(d.OfType("Agreement"));
        Assert.DoesNotContain(d.Relationships, r => r.Type == "PRODUCED" && r.To == declaration.Id);
    }

    // A story with no date of its own is told at the latest year it names: a document of an earlier year, told with the
    // conference its own clause says reached it, comes out of that conference, as it would in a dated story.
    [Fact]
    public void InAnUndatedStoryAnEarlierAccordComesOutOfTheConferenceThatReachedIt()
    {
        var d = TestArticles.Extract("""
            Prime Minister Alder Voss and President Marten Quill signed a border agreement at Castle Rennick on Friday, a year after their talks of November 1998 broke down.
            It is the boldest step since the 1974 Harrow Accord, reached at a conference in Lindmoor between the then prime minister, Tobias Crane, and the then president, Ewan Hollis.
            """);
        var accord = Assert.Single(d.OfType("Agreement"), a => a.Year == 1974);
        var producer = Assert.Single(d.Relationships, r => r.Type == "PRODUCED" && r.To == accord.Id);
        Assert.Contains("lindmoor", producer.From);
    }
}
