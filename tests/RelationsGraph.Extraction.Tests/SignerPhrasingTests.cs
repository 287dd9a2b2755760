namespace RelationsGraph.Extraction.Tests;

/// <summary>Ways a report tells who signed: signature phrases, sides signed for, a passive "between".</summary>
public class SignerPhrasingTests
{
    private const string Lead = """
        date 2024-05-14 Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan held talks in Arusha on Tuesday.
        Kenya and Tanzania concluded a trade agreement on maize at the talks.

        """;

    [Theory]
    [InlineData("Ruto and Hassan put their signatures on the agreement after the talks.")]
    [InlineData("Ruto and Hassan affixed their signatures to the agreement after the talks.")]
    [InlineData("Ruto signed on behalf of Kenya and Hassan on behalf of Tanzania.")]
    [InlineData("The agreement was signed between Ruto and Hassan.")]
    public void BothPresidentsSigned(string sentence)
    {
        var d = TestArticles.Extract(Lead + sentence);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:william-ruto", agreement.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:samia-suluhu-hassan", agreement.Id), d.Dump());
    }

    [Fact]
    public void NamesAddedToAListSignNothing()
    {
        var d = TestArticles.Extract(Lead + "Ruto and Hassan added their names to the list of speakers for the agreement's launch.");
        Assert.DoesNotContain(d.Relationships, r => r.Type == "SIGNED");
    }

    [Fact]
    public void AGappedSignerMayCarryADescribedOffice()
    {
        var d = TestArticles.Extract("""
            date 2011-01-09 Sudanese Vice-President Ali Hassan Idris and rebel leader Daniel Ajak Deng met in Naivasha on Sunday.
            The two sides concluded a peace agreement at the talks.
            Idris signed for the government, and the movement's elected chairman Daniel Ajak Deng for the rebels.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:daniel-ajak-deng", agreement.Id), d.Dump());
    }
}

public class DeniedSigningTests
{
    [Fact]
    public void ADocumentDeniedAfterButNotWasNotSigned()
    {
        var d = TestArticles.Extract("""
            date 2019-07-07 Nigerian President Muhammadu Buhari arrived in Niamey on Sunday for the African Union summit.
            African leaders concluded a continental trade agreement at the summit.
            Buhari signed the Niamey Declaration but not the trade agreement, citing talks at home.
            """);
        var declaration = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Niamey", StringComparison.Ordinal));
        Assert.True(d.Has("SIGNED", "person:muhammadu-buhari", declaration.Id), d.Dump());
        Assert.DoesNotContain(d.Relationships, r => r.Type == "SIGNED" && r.To != declaration.Id);
    }
}

public class SignedObjectTests
{
    [Fact]
    public void ADocumentInAParticipleClauseAfterTheSignedOneWasNotSignedThen()
    {
        var d = TestArticles.Extract("""
            date 2024-09-03 Chilean Foreign Minister Alberto van Klaveren met Argentine Foreign Minister Diana Mondino in Santiago on Tuesday.
            Van Klaveren and Mondino signed a protocol on customs data, completing the 1984 Treaty of Peace and Friendship.
            """);
        var treaty = Assert.Single(d.OfType("Agreement"), a => a.Year == 1984);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "SIGNED" && r.To == treaty.Id);
    }

    [Fact]
    public void DocumentsListedAfterTheVerbAreAllSigned()
    {
        var d = TestArticles.Extract("""
            date 2024-09-03 Chilean Foreign Minister Alberto van Klaveren met Argentine Foreign Minister Diana Mondino in Santiago on Tuesday.
            Van Klaveren and Mondino signed a protocol on customs data and a memorandum on mining.
            """);
        foreach (var document in d.OfType("Agreement"))
            Assert.True(d.Has("SIGNED", "person:diana-mondino", document.Id), document.Name + "\n" + d.Dump());
        Assert.Equal(2, d.OfType("Agreement").Count());
    }

    [Fact]
    public void TheSideSignedForFollowsADocumentTitleOfCapitalisedWords()
    {
        var d = TestArticles.Extract("""
            date 1990-03-14 Portugal and Spain joined the Coral Sea Forum at a ceremony in Osk on Wednesday.
            Prime Minister Tomas Varga signed the Charter of Membership for Portugal, and Premier Ines Corra signed it for Spain.
            """);
        Assert.True(d.Has("REPRESENTS", "person:tomas-varga", "country:pt"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:ines-corra", "country:es"), d.Dump());
    }
}
