namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "X, the envoy, who led the talks, signed": a signer's name described by an apposition or an "of" phrase and then a
/// relative clause, all set off by commas, is still the subject of the signing verb after them.
/// </summary>
public class InterruptedSubjectTests
{
    private const string Lead = """
        date 2023-06-12 Delegations of Norland and Vestria met in the lakeside town of Orvik for three days of talks on their border.

        """;

    // Pattern: name, apposition, relative clause, then a placing phrase that signs.
    [Fact]
    public void AnAppositionThenARelativeClauseLeavesTheNameTheSigner()
    {
        var d = TestArticles.Extract(Lead + "The two sides concluded a border demarcation agreement on Monday. Teodor Malvik, the deputy minister for regional affairs, who led the Norland team, put his name to the accord first.");
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:teodor-malvik", agreement.Id), d.Dump());
    }

    // Pattern: name, its side in an "of" phrase, relative clause, then the verb with its document.
    [Fact]
    public void AnOfPhraseThenARelativeClauseLeavesTheNameTheSigner()
    {
        var d = TestArticles.Extract(Lead + "President Aurel Dansk of the Vestrian Republic, who flew in on the last morning, signed the border demarcation agreement at noon.");
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:aurel-dansk", agreement.Id), d.Dump());
    }

    // Pattern: a relative clause and a sentence adverb before a bare verb that signs the document told before.
    [Fact]
    public void AnAdverbAfterTheRelativeClauseLeavesTheNameTheSigner()
    {
        var d = TestArticles.Extract(Lead + "Prime Minister Halvard Brekk signed a border demarcation agreement with his Vestrian counterpart on Monday. Ingrid Solberk, who chairs the joint boundary commission, also signed and will oversee the marking of the line.");
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:ingrid-solberk", agreement.Id), d.Dump());
    }

    // Pattern: a leader named inside another person's apposition is no subject of the verb.
    [Fact]
    public void ANameInsideTheAppositionIsNoSigner()
    {
        var d = TestArticles.Extract(Lead + "Teodor Malvik, a special envoy of President Aurel Dansk of Vestria, who led the delegation, signed the border demarcation agreement on Monday.");
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:teodor-malvik", agreement.Id), d.Dump());
        Assert.False(d.Has("SIGNED", "person:aurel-dansk", agreement.Id), d.Dump());
    }

    // Pattern: an apposition whose noun a restrictive relative describes ("the adviser who led ..."), then the verb.
    [Fact]
    public void AnAppositionWithARestrictiveRelativeLeavesTheNameTheSigner()
    {
        var d = TestArticles.Extract(Lead + "The two sides concluded a border demarcation agreement on Monday. Teodor Malvik, the senior adviser who led the Norland team, put his name to the accord first.");
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:teodor-malvik", agreement.Id), d.Dump());
    }

    // Pattern: two coordinated names, the second described by such an apposition, share the verb with its document.
    [Fact]
    public void ACoordinatedPairWithARestrictiveRelativeBothSign()
    {
        var d = TestArticles.Extract(Lead + "Ingrid Solberk, the Norland interior minister, and Aurel Dansk, the retired judge who now chairs the Vestrian boundary office, signed the border demarcation agreement at noon.");
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:ingrid-solberk", agreement.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:aurel-dansk", agreement.Id), d.Dump());
    }

    // Pattern: name, its side in an "of" phrase, an apposition for its part in the event, a relative clause, then a bare verb
    // that signs the document told before.
    [Fact]
    public void AnOfPhraseAndAnAppositionThenARelativeClauseLeaveTheNameTheSigner()
    {
        var d = TestArticles.Extract(Lead + "The two sides concluded a border demarcation agreement on Monday. President Aurel Dansk of Vestria, the host, who had opened the talks with a long speech on river rights, signed first for his republic.");
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:aurel-dansk", agreement.Id), d.Dump());
    }
}
