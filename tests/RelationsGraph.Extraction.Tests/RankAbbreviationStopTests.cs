using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Tests;

/// <summary>The stop of a clerical or military rank before a name ("the Rev.", "Brig.", "Fr.") does not end the sentence.</summary>
public class RankAbbreviationStopTests
{
    private static string[] Split(string text) => SentenceSplitter.Split(text).Select(s => s.Text).ToArray();

    [Theory]
    [InlineData("The talks in Merrow were chaired by the Rev. Anselm Dorrit, a churchman from Valdenia.")]
    [InlineData("After a long session with the army chief and his deputy, Brig. Gen. Tova Lenk, the envoy left Karsk.")]
    [InlineData("The joint statement was read out by Fr. Milo Karras in the cathedral of Oster.")]
    [InlineData("The patrol boats were led by Cdr. Ivo Brandt of the Nordavian navy.")]
    [InlineData("The mediation team included Msgr. Paolo Venti and Supt. Ria Holm of the Lurish police.")]
    public void TheRankStaysWithItsName(string text) =>
        Assert.Single(Split(text));

    [Fact]
    public void AnInitialStaysWithItsName() =>
        Assert.Single(Split("The treaty was signed for Valdenia by Edwin R. Marsh and Olga T. van Dam in Pellor."));
}
