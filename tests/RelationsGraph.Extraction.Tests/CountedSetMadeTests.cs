namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "talks that produced five memoranda", "watched their ministers sign nine memoranda", "ended with 30 instruments signed": a
/// counted set told made otherwise than by a signing verb right before its count is still one agreement, the set (see
/// CountedSetMade); a plural whose members follow it one by one is not.
/// </summary>
public class CountedSetMadeTests
{
    private static bool HasSet(RelationsGraph.Extraction.Model.ExtractionDocument d, string words) =>
        d.OfType("Agreement").Any(a => a.Name.Contains(words, StringComparison.Ordinal) || a.Aliases.Any(x => x.Contains(words, StringComparison.Ordinal)));

    [Fact]
    public void ACountMinistersWereWatchedToSignIsOneSet()
    {
        var d = TestArticles.Extract("""
            date 2022-04-21 MARESTA, April 21 (Wire) - President Aldo Venn of Corvania and Prime Minister Lisa Oberg of Nordania held talks in Maresta on Thursday; both leaders later watched two cabinet ministers sign nine memoranda on farming and rail.
            """);
        Assert.True(HasSet(d, "nine memoranda"), string.Join("; ", d.OfType("Agreement").Select(a => a.Name)));
    }

    [Fact]
    public void ACountTheTalksProducedIsOneSet()
    {
        var d = TestArticles.Extract("""
            date 2019-03-08 MARESTA, March 8 (Wire) - President Aldo Venn of Corvania ended a visit to Nordania on Friday after talks with Prime Minister Lisa Oberg that produced five memorandums of understanding, plus a promise of more flights.
            """);
        Assert.True(HasSet(d, "five memorandums"), string.Join("; ", d.OfType("Agreement").Select(a => a.Name)));
    }

    [Fact]
    public void ACountSignedInAWithPhraseIsOneSet()
    {
        var d = TestArticles.Extract("""
            date 2023-09-27 MARESTA, Sept. 27 (Wire) - President Aldo Venn of Corvania ended his stay in Maresta on Wednesday with 31 cooperation instruments signed, then a dinner hosted by Prime Minister Lisa Oberg of Nordania.
            """);
        Assert.True(HasSet(d, "31 cooperation instruments"), string.Join("; ", d.OfType("Agreement").Select(a => a.Name)));
    }

    [Fact]
    public void ACountWhoseItemsFollowOneByOneIsNoSet()
    {
        var d = TestArticles.Extract("""
            date 2022-04-21 MARESTA, April 21 (Wire) - President Aldo Venn of Corvania and Prime Minister Lisa Oberg of Nordania then watched their ministers sign three memoranda, on dairy farming, on river ferries, and on teacher training.
            """);
        Assert.False(HasSet(d, "three memoranda"), string.Join("; ", d.OfType("Agreement").Select(a => a.Name)));
    }

    [Fact]
    public void ACountOnlyHopedForIsNoSet()
    {
        var d = TestArticles.Extract("""
            date 2023-09-27 MARESTA, Sept. 27 (Wire) - President Aldo Venn of Corvania said on Wednesday he hoped to sign ten agreements with Nordania next year.
            """);
        Assert.False(HasSet(d, "ten agreements"), string.Join("; ", d.OfType("Agreement").Select(a => a.Name)));
    }

    [Fact]
    public void ACountToldExchangedInThePassiveIsOneSet()
    {
        var d = TestArticles.Extract("""
            date 2021-06-14 MARESTA, June 14 (Wire) - President Aldo Venn of Corvania held talks with Prime Minister Lisa Oberg of Nordania in Maresta on Monday. Aides said seven memoranda of understanding were also exchanged, on fisheries and tourism.
            """);
        Assert.True(HasSet(d, "seven memoranda"), string.Join("; ", d.OfType("Agreement").Select(a => a.Name)));
    }

    [Fact]
    public void ACountToldSignedInThePastPerfectPassiveIsOneSet()
    {
        var d = TestArticles.Extract("""
            date 2021-06-14 MARESTA, June 14 (Wire) - By the time Prime Minister Lisa Oberg of Nordania saw President Aldo Venn of Corvania off at the airport on Monday, twelve trade accords had been signed.
            """);
        Assert.True(HasSet(d, "twelve trade accords"), string.Join("; ", d.OfType("Agreement").Select(a => a.Name)));
    }

    [Fact]
    public void ACountOnlyPlannedInThePassiveIsNoSet()
    {
        var d = TestArticles.Extract("""
            date 2021-06-14 MARESTA, June 14 (Wire) - President Aldo Venn of Corvania said on Monday that eight agreements with Nordania would be signed in the autumn.
            """);
        Assert.False(HasSet(d, "eight agreements"), string.Join("; ", d.OfType("Agreement").Select(a => a.Name)));
    }

    [Fact]
    public void ACountWhoseMembersTheNextSentenceCoversIsNoSet()
    {
        var d = TestArticles.Extract("""
            date 2021-06-14 MARESTA, June 14 (Wire) - President Aldo Venn of Corvania held talks with Prime Minister Lisa Oberg of Nordania in Maresta on Monday. Nine memorandums were exchanged in front of both leaders. They cover a customs pact, a teacher swap and a rail study.
            """);
        Assert.False(HasSet(d, "Nine memorandums"), string.Join("; ", d.OfType("Agreement").Select(a => a.Name)));
    }
}
