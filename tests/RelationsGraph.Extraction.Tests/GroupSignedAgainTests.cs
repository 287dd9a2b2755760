namespace RelationsGraph.Extraction.Tests;

/// <summary>"A and B signed an accord ... The ministers also signed a protocol": the group is the signers named before.</summary>
public class GroupSignedAgainTests
{
    [Fact]
    public void ADefiniteGroupSigningASecondDocumentIsTheSignersOfTheFirst()
    {
        var d = TestArticles.Extract("""
            date 2015-05-04 Italian Foreign Minister Paolo Gentiloni and Maltese Foreign Minister George Vella signed a fisheries accord at the close of the summit in Valletta on Monday, as Prime Ministers Matteo Renzi and Joseph Muscat looked on.
            The ministers also signed a protocol on search and rescue.
            """);
        var protocol = Assert.Single(d.OfType("Agreement"), a => a.Aliases.Any(x => x.Contains("protocol")));
        Assert.True(d.Has("SIGNED", "person:paolo-gentiloni", protocol.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:george-vella", protocol.Id), d.Dump());
        Assert.False(d.Has("SIGNED", "person:matteo-renzi", protocol.Id), d.Dump());
    }

    [Fact]
    public void NewPeopleOfTheSidesSigningAnotherDocumentAreNotTheEarlierSigners()
    {
        var d = TestArticles.Extract("""
            date 2015-05-04 Italian Foreign Minister Paolo Gentiloni and Maltese Foreign Minister George Vella signed a fisheries accord in Valletta on Monday.
            Naval chiefs from both countries signed a separate protocol on search and rescue the next day.
            """);
        var protocol = Assert.Single(d.OfType("Agreement"), a => a.Aliases.Any(x => x.Contains("protocol")));
        Assert.False(d.Has("SIGNED", "person:paolo-gentiloni", protocol.Id), d.Dump());
    }

    [Fact]
    public void ADocumentCoordinatedWithTheGroupsFirstObjectIsSignedByTheSameSigners()
    {
        var d = TestArticles.Extract("""
            date 2015-05-04 Italian Foreign Minister Paolo Gentiloni and Maltese Foreign Minister George Vella signed a fisheries accord in Valletta on Monday.
            The ministers also signed a protocol to the 1998 regional convention on the protection of turtles and a Mediterranean Youth Charter.
            """);
        var charter = Assert.Single(d.OfType("Agreement"), a => a.Aliases.Any(x => x.Contains("Youth Charter")));
        Assert.True(d.Has("SIGNED", "person:paolo-gentiloni", charter.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:george-vella", charter.Id), d.Dump());
    }
}
