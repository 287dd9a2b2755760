namespace RelationsGraph.Extraction.Tests;

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
            date 2025-03-11 Leaders of the fifteen West African states met in Abuja on Tuesday.
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
            Its path had been settled in an accord between the two governments, signed in Varna in May 2011 on the sidelines of the Black Sea Economic Cooperation's summit.
            Presidents Dana Kovar of Norland and Emil Rusev of Ostavia signed it.
            """);
        var accord = Assert.Single(d.OfType("Agreement"), a => a.Year == 2011);
        var producer = Assert.Single(d.Relationships, r => r.Type == "PRODUCED" && r.To == accord.Id);
        Assert.Equal("summit", d.Entity(producer.From).Kind);
    }
}
