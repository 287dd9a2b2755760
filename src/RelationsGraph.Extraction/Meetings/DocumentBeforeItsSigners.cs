using RelationsGraph.Extraction.Agreements;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "the border treaty that A and B signed in Vilnius on 18 May 2021", "the Declaration, which the prime minister and the
/// king signed at the palace": an object relative clause whose antecedent is the document has no object after its signing
/// verb, yet tells its signers meeting to sign it (pattern: the document named before 'that' / 'which' is the verb's object).
/// </summary>
internal static class DocumentBeforeItsSigners
{
    private const int Reach = 20; // how far before the verb the relative pronoun may stand

    /// <summary>True when the signing verb at <paramref name="i"/> closes a 'that' / 'which' clause whose antecedent is an agreement noun.</summary>
    public static bool Applies(List<Token> tokens, int i)
    {
        for (var k = i - 1; k >= 1 && k >= i - Reach; k--)
        {
            if (tokens[k].Text is "." or ";" or ":") return false;
            if (tokens[k].Lower is not ("that" or "which")) continue;
            var noun = tokens[k - 1].Text == "," ? k - 2 : k - 1;
            return noun >= 0 && AgreementKinds.KindOf(tokens[noun].Lower, noun > 0 ? tokens[noun - 1].Lower : null) is not null;
        }
        return false;
    }
}
