namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// Who is no signer though named with a signing: leaders inside a witness phrase set off before the verb, however many
/// appositions it holds (WitnessAsideBeforeTheVerb); the people of a meeting before whose eyes a joint text was signed
/// (IssuersOfAJointText.WitnessedByTheMeeting); and the speaker of a sentence about "the signed agreements" (SignedAsAModifier).
/// </summary>
public class WitnessesAndModifiersTests
{
    [Fact]
    public void LeadersInAPresenceAsideWithTitlesInAppositionAreNoSigners()
    {
        var d = TestArticles.Extract("""
            date 2015-03-06 Delegates of Peru and Chile, in the presence of Peruvian President Ollanta Humala and the President of Chile, Michelle Bachelet, signed a fisheries agreement in Lima on Tuesday.

            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.False(d.Has("SIGNED", "person:ollanta-humala", agreement.Id), d.Dump());
        Assert.False(d.Has("SIGNED", "person:michelle-bachelet", agreement.Id), d.Dump());
    }

    /// <summary>Guard: passes with the rule off too. A fronted presence phrase closes at its comma; the names after it sign.</summary>
    [Fact]
    public void TheSubjectAfterAFrontedPresencePhraseStillSigns()
    {
        var d = TestArticles.Extract("""
            date 2015-03-06 In the presence of Ollanta Humala and Michelle Bachelet, Peruvian Foreign Minister Gonzalo Gutierrez and Chilean Foreign Minister Heraldo Munoz signed a fisheries agreement in Lima on Tuesday.

            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:gonzalo-gutierrez", agreement.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:heraldo-munoz", agreement.Id), d.Dump());
        Assert.False(d.Has("SIGNED", "person:ollanta-humala", agreement.Id), d.Dump());
    }

    [Fact]
    public void AJointTextSignedInTheLeadersPresenceIsNotTheirs()
    {
        var d = TestArticles.Extract("""
            date 2015-03-06 Peruvian President Ollanta Humala and Chilean President Michelle Bachelet held talks in Lima on Tuesday. A joint statement of the two foreign ministers and a fisheries agreement were also signed in their presence.

            """);
        Assert.NotEmpty(d.OfType("Agreement"));
        foreach (var agreement in d.OfType("Agreement"))
        {
            Assert.False(d.Has("SIGNED", "person:ollanta-humala", agreement.Id), d.Dump());
            Assert.False(d.Has("SIGNED", "person:michelle-bachelet", agreement.Id), d.Dump());
        }
    }

    [Fact]
    public void TheSpeakerAboutTheSignedAgreementsIsNoSigner()
    {
        var d = TestArticles.Extract("""
            date 2015-03-06 Peruvian President Ollanta Humala hosted Chilean President Michelle Bachelet in Lima on Tuesday for talks on fisheries and trade. He said that the signed agreements and memorandum of understanding would open new markets for fishermen of both countries.

            """);
        Assert.NotEmpty(d.OfType("Agreement"));
        foreach (var agreement in d.OfType("Agreement"))
            Assert.False(d.Has("SIGNED", "person:ollanta-humala", agreement.Id), d.Dump());
    }

    /// <summary>Guard: passes with the rule off too. The two who exchange the signed copies are its signers.</summary>
    [Fact]
    public void ThoseWhoExchangeTheSignedTextSignedIt()
    {
        var d = TestArticles.Extract("""
            date 2015-03-06 Ollanta Humala and Michelle Bachelet exchange the signed fisheries agreement in Lima on Tuesday.

            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:ollanta-humala", agreement.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:michelle-bachelet", agreement.Id), d.Dump());
    }

    /// <summary>Guard: passes with the rule off too. A floating "all" before a verb with its own object is no determiner.</summary>
    [Fact]
    public void AFloatingAllBeforeTheVerbKeepsTheSigners()
    {
        var d = TestArticles.Extract("""
            date 2015-03-06 Peruvian Foreign Minister Gonzalo Gutierrez and Chilean Foreign Minister Heraldo Munoz all signed the fisheries agreement in Lima on Tuesday.

            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:gonzalo-gutierrez", agreement.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:heraldo-munoz", agreement.Id), d.Dump());
    }
}
