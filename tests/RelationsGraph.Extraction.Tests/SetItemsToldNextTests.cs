namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "Ministers exchanged a bundle of memorandums. The most closely watched was a X memorandum ...; a second memorandum on Y ...":
/// each new document told in the sentences after a signed set is a member of that set (see SetItemsToldNext).
/// </summary>
public class SetItemsToldNextTests
{
    [Fact]
    public void NewDocumentsToldAfterASignedSetAreItsMembers()
    {
        var d = TestArticles.Extract("""
            date 2022-04-08 MERLO, April 8 (Wire) - President Anselm Dravik of Velmar held talks with Prime Minister Odile Sarn of Corland in Merlo on Friday.

            Once the talks ended, the trade ministers exchanged a batch of memorandums of understanding. Chief among them was a fisheries memorandum under which patrol boats of both navies will share catch records. A second memorandum on rail freight sets up a joint timetable office.
            """);
        Assert.True(d.OfType("Agreement").Count() == 2, d.Dump());
        Assert.True(d.Dump().Split('\n').Count(l => l.StartsWith("PRODUCED", StringComparison.Ordinal)) == 2, d.Dump());
    }

    [Theory]
    [InlineData("Their ministers exchanged a bundle of memorandums.", true)]
    [InlineData("Both presidents looked on at the signing of several agreements.", true)]
    [InlineData("The documents were signed when the talks closed.", false)]
    [InlineData("The ministers are to sign several agreements next month.", false)]
    [InlineData("The ministers discussed several agreements.", false)]
    [InlineData("Three memoranda of understanding were then exchanged before the press.", true)]
    [InlineData("The memoranda were then exchanged before the press.", false)]
    public void ASetIsMadeOnlyByAMakingWordBeforeAnIndefinitePlural(string sentence, bool made) =>
        Assert.Equal(made, Agreements.SetItemsToldNext.MakesASet(Text.SentenceSplitter.Split(sentence)[0].Tokens));

    [Theory]
    [InlineData("The largest was a port agreement worth two billion.", true)]
    [InlineData("Another memorandum covers water supply.", true)]
    [InlineData("The port agreement was signed by two ministers.", false)]
    [InlineData("Officials then toured the harbour.", false)]
    public void AnItemOpensOnANewDocument(string sentence, bool item) =>
        Assert.Equal(item, Agreements.SetItemsToldNext.OpensWithNewDocument(Text.SentenceSplitter.Split(sentence)[0].Tokens));

    [Fact]
    public void ADocumentAfterADefiniteSetIsNoNewMember()
    {
        var sentences = Text.SentenceSplitter.Split("The documents were signed in Merlo. A port agreement was the largest.");
        Assert.Empty(Agreements.SetItemsToldNext.Find(sentences));
    }
    [Fact]
    public void AnIncludingInsideAMembersClauseDoesNotHideTheSetsOpener()
    {
        var d = TestArticles.Extract("""
            date 2018-10-02 TAVI, Oct 2 (Wire) - Chancellor Rolf Amsel of Dorsa ended talks with President Lia Perrin of Pelmark in Tavi on Tuesday.

            The three accords were signed on Friday, as the visit closed: an agreement on river fishing, which sets catch quotas for several species, including trout and carp on the upper reaches; an agreement on road haulage across the border at Kessel and Orra; and an agreement on the training of customs staff.
            """);
        Assert.True(d.OfType("Agreement").Count() == 3, d.Dump());
    }
    [Fact]
    public void AMemberToldBackByTheLiesBetweenMembersToldNew()
    {
        var sentences = Text.SentenceSplitter.Split("Three memoranda were then exchanged in Merlo. The farm memorandum was exchanged by two envoys. A port agreement was signed by officials.");
        var items = Agreements.SetItemsToldNext.Find(sentences);
        Assert.True(items.ContainsKey(2));
        Assert.False(items.ContainsKey(1));
    }
}
