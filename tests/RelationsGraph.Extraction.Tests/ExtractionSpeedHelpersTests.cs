using RelationsGraph.Extraction.Agreements;
using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Knowledge;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// The helpers that made extraction cheaper answer as the code they replaced: keys built on the stack or the heap, the
/// whole-sentence signing test, office holders indexed by person id, index scans over tokens.
/// </summary>
public class ExtractionSpeedHelpersTests
{
    [Fact]
    public void NameKeysOfLongTextsMatchTheirShortPieces()
    {
        // Longer than the stack buffer: the heap path gives the same key as the short one, repeated.
        var piece = "Co-operation Council of the Gulf States, ";
        var longText = string.Concat(Enumerable.Repeat(piece, 12));
        Assert.True(longText.Length > 256);
        var expected = string.Join(" ", Enumerable.Repeat(NameKey.Of(piece), 12));
        Assert.Equal(expected, NameKey.Of(longText));
        Assert.Equal("cooperation council of the gulf states", NameKey.Of(piece));
        Assert.Equal(string.Join("-", Enumerable.Repeat("co-operation-council-of-the-gulf-states", 12)), NameKey.Slug(longText));
        Assert.Equal("o'brien", NameKey.Of("O’Brien."));
        Assert.Equal("", NameKey.Slug("--"));
    }

    [Theory]
    [InlineData("Minister Tavo Rennick of the Ostrava Co-operation Council")]
    [InlineData("the Lake Varn  Basin -- Authority's Secretary-General O’Dara.")]
    [InlineData("Ms. Élodie Marrast, Head")]
    public void PrefixKeysAreTheKeysOfThePrefixes(string text)
    {
        // The chunker writes the key of its longest span once and reads each shorter span's key as a prefix of it.
        var tokens = Tokenizer.Tokenize(text);
        var ends = tokens.Select(t => t.End).ToArray();
        var buffer = new char[text.Length];
        var lengths = new int[ends.Length];
        NameKey.WritePrefixes(text, buffer, ends, lengths);
        for (var k = 0; k < ends.Length; k++)
        {
            var prefixKey = new string(buffer, 0, lengths[k]);
            // The respelling ("co-operation" as "cooperation") is left to the look-up, which the prefix then takes the long way.
            if (prefixKey.Contains("co o")) Assert.Equal(NameKey.Of(text[..ends[k]]), prefixKey.Replace("co operat", "cooperat"));
            else Assert.Equal(NameKey.Of(text[..ends[k]]), prefixKey);
            Assert.Equal(KnowledgeBase.Default.Lookup(text[..ends[k]]), KnowledgeBase.Default.LookupWritten(prefixKey, text.AsSpan(0, ends[k])));
        }
    }

    [Theory]
    [InlineData("Talks between the delegations were brokered by Ilse Varnhout in the spring.", true)]
    [InlineData("Ilse Varnhout met the delegations in the spring.", false)]
    [InlineData("Ilse Varnhout and the prime minister signed it, then the delegations left.", false)]
    public void ThirdPartiesAreFoundOnlyInSentencesWithARoleWord(string text, bool third)
    {
        // The scan skips a sentence with no mediator's or witness's word: nobody in it is a third party.
        var sentence = SentenceSplitter.Split(text)[0];
        var start = sentence.Tokens.FindIndex(t => t.Text == "Ilse");
        var mention = new Mention
        {
            Kind = MentionKind.Person, Sentence = sentence, TokenStart = start, TokenEnd = start + 2, Surface = "Ilse Varnhout", EntityId = "person:ilse-varnhout",
        };
        Assert.Equal(third, ThirdPartyPeople.In([sentence], _ => [mention]).Count == 1);
    }

    [Theory]
    [InlineData("The two ministers put their names to the accord.", true)]
    [InlineData("Both envoys affixed their signatures to the charter.", true)]
    [InlineData("The foreign ministers signed the protocol on Friday.", true)]
    [InlineData("They sat down together to sign the memorandum.", true)]
    [InlineData("The talks ended without a deal on Friday.", false)]
    [InlineData("Negotiators hope to sign a deal next year.", false)]
    public void TheWholeSentenceSigningTestFindsAnySigningVerb(string sentence, bool signs)
    {
        var tokens = Tokenizer.Tokenize(sentence);
        Assert.Equal(signs, SigningVerb.AnyIn(tokens));
        Assert.Equal(signs, Enumerable.Range(0, tokens.Count).Any(k => SigningVerb.IsAt(tokens, k)));
    }

    [Fact]
    public void OfficeHoldersByPersonAreThoseWhoseNameGivesTheId()
    {
        var knowledge = KnowledgeBase.Default;
        var holder = knowledge.OfficeHolders[0];
        var id = EntityRegistry.PersonId(holder.Name);
        Assert.Equal(knowledge.OfficeHolders.Where(h => EntityRegistry.PersonId(h.Name) == id), OfficeHoldersByPerson.Of(knowledge, id));
        Assert.Empty(OfficeHoldersByPerson.Of(knowledge, "person:nobody-by-this-name"));
    }

    [Fact]
    public void TokenScansFindTheFirstMatchingIndex()
    {
        var tokens = Tokenizer.Tokenize("Signing for the coalition were A and B; C watched.");
        Assert.True(TokenScan.Any(tokens, static t => t.Lower == "watched"));
        Assert.False(TokenScan.Any(tokens, static t => t.Lower == "observed"));
        Assert.Equal(4, TokenScan.First(tokens, 0, static t => t.Lower is "was" or "were", -1));
        Assert.Equal(-1, TokenScan.First(tokens, 5, static t => t.Lower is "was" or "were", -1));
        Assert.Equal(tokens.Count, TokenScan.First(tokens, 9, static t => t.Text == ";", tokens.Count));
    }
}
