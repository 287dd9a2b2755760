namespace RelationsGraph.Extraction.Tests;

/// <summary>A person told only as the head of a movement or armed group acts for that side, not for the state.</summary>
public class LeaderOfAMovementTests
{
    [Fact]
    public void ARebelLeaderMarkedWithACountryDoesNotRepresentIt()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10

            NAIROBI, May 10 (Wire) - Kenya and Uganda signed a border accord on Friday.
            Uganda's rebel leader Okot Lamara sat in the second row during the signing.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "REPRESENTS" && r.From == "person:okot-lamara");
    }

    [Fact]
    public void TheLeaderOfAMovementInAppositionRepresentsNoCountry()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10

            NAIROBI, May 10 (Wire) - Kenya and Uganda signed a border accord on Friday.
            The leader of the Elgon Liberation Movement, Moses Tabaro, did not attend.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "REPRESENTS" && r.From == "person:moses-tabaro");
    }

    // The movement word must stand in the person's own title phrase: opposition deputies accusing a minister tell of others.
    [Fact]
    public void AMovementWordOutsideTheTitlePhraseLeavesTheOfficial()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10

            NAIROBI, May 10 (Wire) - Kenya and Uganda signed a border accord on Friday.
            Opposition deputies accused Foreign Minister Achieng Otieno of haste.
            """);
        Assert.True(d.Has("REPRESENTS", "person:achieng-otieno", "country:ke"), d.Dump());
    }
}
