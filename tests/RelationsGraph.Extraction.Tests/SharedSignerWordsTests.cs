using RelationsGraph.Extraction.Agreements;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Tests;

/// <summary>The word lists several signer rules share: third parties named at a signing, and the head nouns of a counted group.</summary>
public class SharedSignerWordsTests
{
    [Theory]
    [InlineData("The pact was signed with two regional states acting as guarantors.", true)]
    [InlineData("A senior mediator looked on as the envoys signed.", true)]
    [InlineData("Tunisia was represented by its foreign minister.", false)]
    public void ThirdPartiesAreNamedByTheirRole(string text, bool named) =>
        Assert.Equal(named, ThirdPartyPresence.NamedIn(SentenceSplitter.Split(text)[0].Tokens));

    [Theory]
    [InlineData("Later the three premiers signed a water accord.", 3)]
    [InlineData("Later the two foreign ministers signed a water accord.", 2)]
    [InlineData("Later both delegations signed a water accord.", 2)]
    [InlineData("Later two trucks left the border post.", null)]
    public void ACountedGroupHasAGroupOrOfficeNounAsItsHead(string text, int? count) =>
        Assert.Equal(count, CountedGroupSigners.Count(SentenceSplitter.Split(text)[0]));
}
