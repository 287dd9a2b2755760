namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A sentence that tells where a document of the story's meeting was signed, naming no signer ("The accord was signed at
/// the X Hall"), places that meeting there too; a document that someone signed in a relative clause tells another act.
/// </summary>
public class VenueOfTheSigningTests
{
    private const string ReykjavikTalks = """
        date 2024-09-03 Norwegian Prime Minister Eirik Halvorsen and Icelandic Prime Minister Sigrun Bjarnadottir held talks in Reykjavik on Tuesday and signed a fisheries accord.
        The two leaders also discussed shipping lanes in the far north.

        """;

    // The pattern: the place adjunct of a passive signing verb tells where the document's producing meeting was held.
    [Fact]
    public void APassiveSigningAtAVenuePlacesTheMeetingThatMadeTheDocument()
    {
        var d = TestArticles.Extract(ReykjavikTalks + "The fisheries accord was signed at the Lantern Pavilion Hall overlooking the old harbour.\n");
        var talks = d.Relationships.Where(r => r.Type == "PRODUCED").Select(r => r.From).Distinct().ToList();
        Assert.Single(talks);
        Assert.Contains(d.Relationships, r => r.Type == "HELD_IN" && r.From == talks[0] && r.To == "place:lantern-pavilion-hall");
        Assert.Contains(d.Relationships, r => r.Type == "HELD_IN" && r.From == talks[0] && r.To == "place:reykjavik");
    }

    // The pattern: a document signed in a relative clause, by people named there, is that clause's own act, not the story's meeting.
    [Fact]
    public void ASigningToldInARelativeClausePlacesNothing()
    {
        var d = TestArticles.Extract(ReykjavikTalks + "The fisheries accord replaces the accord that their predecessors signed at the Lantern Pavilion Hall.\n");
        Assert.DoesNotContain(d.Relationships, r => r.Type == "HELD_IN" && r.To == "place:lantern-pavilion-hall");
    }

    // The pattern: a signing still to come names no place where the meeting was held.
    [Fact]
    public void APlannedSigningPlacesNothing()
    {
        var d = TestArticles.Extract(ReykjavikTalks + "A second accord on shipping will be signed at the Lantern Pavilion Hall next spring.\n");
        Assert.DoesNotContain(d.Relationships, r => r.Type == "HELD_IN" && r.To == "place:lantern-pavilion-hall");
    }
}
