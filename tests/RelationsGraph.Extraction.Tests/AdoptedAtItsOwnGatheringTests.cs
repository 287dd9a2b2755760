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
}

/// <summary>
/// A recalled document whose making a clause after it tells, set off by a comma ("the 1994 protocol, signed during a visit
/// by ..."; "the 2003 declaration, which the leaders adopted at a retreat ...") or led by "on the sidelines of", comes out
/// of the gathering that clause names, not out of the story's meeting.
/// </summary>
public class MadeAtItsOwnOccasionTests
{
    [Fact]
    public void AProtocolSignedDuringAnEarlierVisitComesOutOfThatVisit()
    {
        var d = TestArticles.Extract("""
            date 2025-03-11 Prime Minister Tomas Verhaal of Norland met President Ilse Marov of Ostavia in Brenn on Tuesday.
            Their talks dwelt on a 1994 protocol, signed in Brenn during a visit by the late Norland premier Arvid Kessel, which governs the shared river.
            """);
        var protocol = Assert.Single(d.OfType("Agreement"), a => a.Year == 1994);
        var producer = Assert.Single(d.Relationships, r => r.Type == "PRODUCED" && r.To == protocol.Id);
        Assert.Equal("visit", d.Entity(producer.From).Kind);
    }

    [Fact]
    public void ADeclarationWhichLeadersAdoptedAtAnEarlierSummitComesOutOfIt()
    {
        var d = TestArticles.Extract("""
            date 2025-03-11 Leaders of the Economic Community of West African States met in Abuja on Tuesday.
            The new text builds on the Lome Declaration, which the leaders adopted at a summit in Lome in 2003, and goes further.
            """);
        var declaration = Assert.Single(d.OfType("Agreement"), a => a.Year == 2003);
        var producer = Assert.Single(d.Relationships, r => r.Type == "PRODUCED" && r.To == declaration.Id);
        Assert.StartsWith("2003", d.Entity(producer.From).Date);
    }

    [Fact]
    public void AnAccordSignedOnTheSidelinesOfAnEarlierSummitComesOutOfIt()
    {
        var d = TestArticles.Extract("""
            date 2025-03-11 Energy ministers of Norland and Ostavia opened the Kessel gas line on Tuesday.
            The route was fixed by an intergovernmental agreement signed in Varna in May 2011 on the sidelines of a summit of the Black Sea Economic Cooperation.
            Presidents Dana Kovar of Norland and Emil Rusev of Ostavia signed it.
            """);
        var accord = Assert.Single(d.OfType("Agreement"), a => a.Year == 2011);
        var producer = Assert.Single(d.Relationships, r => r.Type == "PRODUCED" && r.To == accord.Id);
        Assert.Equal("summit", d.Entity(producer.From).Kind);
    }
}
