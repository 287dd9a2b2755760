namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A continental rank of nobility ("Baron", "Count", "Marquis", "Vicomte" ...) before a name shows a person: before a full
/// name it is a style kept among the person's names, before a single name or a particle it stays in the name, and a later
/// "Rank Surname" is the same person (see NobleStyle).
/// </summary>
public class NobleStyleTests
{
    [Fact]
    public void ARankBeforeAFullNameIsAStyleOfThePerson()
    {
        var d = TestArticles.Extract("""
            date 1822-03-08 The envoys met at Dornhaven on Friday.
            The delegation of the Duchy was led by the elderly Baron Ulrich Kessing and two clerks.
            """);
        var kessing = Assert.Single(d.OfType("Person"), p => p.Name.Contains("Kessing"));
        Assert.Equal("Ulrich Kessing", kessing.Name);
        Assert.Contains("Baron Ulrich Kessing", kessing.Aliases);
    }

    [Fact]
    public void ARankBeforeOneNameAfterToIsAPersonNotAPlace()
    {
        var d = TestArticles.Extract("""
            date 1822-03-08 The envoys met at Dornhaven on Friday.
            The chief negotiator wrote every evening to Count Tavrin and waited for his answer.
            """);
        var tavrin = Assert.Single(d.OfType("Person"), p => p.Name.Contains("Tavrin"));
        Assert.Equal("Count Tavrin", tavrin.Name);
        Assert.Contains("Tavrin", tavrin.Aliases);
        Assert.DoesNotContain(d.OfType("Place"), p => p.Name.Contains("Tavrin"));
    }

    [Fact]
    public void TheRankAndTheFamilyNameLaterIsTheSamePerson()
    {
        var d = TestArticles.Extract("""
            date 1822-03-08 The envoys met at Dornhaven on Friday.
            The delegation of the Duchy was led by the elderly Baron Ulrich Kessing and two clerks.
            On the third day Baron Kessing refused to sign the protocol.
            """);
        Assert.Single(d.OfType("Person"), p => p.Name.Contains("Kessing"));
    }

    [Fact]
    public void ARankWithAGivenNameAndTheFamilySeatIsOneName()
    {
        var d = TestArticles.Extract("""
            date 1699-01-20 The envoys met at Dornhaven on Friday.
            For the Duchy came Count Anselm of Tessau, a cousin of the duke, and two secretaries.
            """);
        Assert.Contains(d.OfType("Person"), p => p.Name == "Count Anselm of Tessau");
        Assert.DoesNotContain(d.OfType("Person"), p => p.Name == "Count Anselm");
    }

    [Fact]
    public void ARankBeforeAParticleStaysInTheName()
    {
        var d = TestArticles.Extract("""
            date 1822-03-08 The envoys met at Dornhaven on Friday.
            The delegation of the Duchy was led by the elderly Marquis di Valdorso Brenta and two clerks.
            """);
        Assert.Contains(d.OfType("Person"), p => p.Name == "Marquis di Valdorso Brenta");
    }
}
