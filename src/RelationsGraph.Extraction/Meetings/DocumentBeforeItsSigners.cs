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
    public static bool Applies(List<Token> tokens, int i, bool byTitle = true) => PronounOf(tokens, i, byTitle) is not null;

    /// <summary>The 'that' / 'which' whose antecedent is the document the verb at <paramref name="i"/> signs, or null.</summary>
    public static int? PronounOf(List<Token> tokens, int i, bool byTitle = true)
    {
        for (var k = i - 1; k >= 1 && k >= i - Reach; k--)
        {
            if (tokens[k].Text is "." or ";" or ":") return null;
            if (tokens[k].Lower is not ("that" or "which")) continue;
            var noun = tokens[k - 1].Text == "," ? k - 2 : k - 1;
            return noun >= 0 && (AgreementKinds.KindOf(tokens[noun].Lower, noun > 0 ? tokens[noun - 1].Lower : null) is not null || byTitle && TitleEndsAt(tokens, noun)) ? k : null;
        }
        return null;
    }

    /// <summary>How far back from the pronoun a document's title may open ("the Treaty on Trade, Transit and Navigation of the Two Coasts").</summary>
    private const int TitleReach = 14;

    /// <summary>
    /// "the Treaty on Friendship, Trade and Navigation, which A and B signed in X in 1950": a document told by its full title ends in
    /// the title's last word, not the document noun; the noun opens the title, capitalised, and only capitalised words and the
    /// title's small words ("of", "on", "and", commas) stand between (pattern: a titled document before the object relative).
    /// </summary>
    private static bool TitleEndsAt(List<Token> tokens, int last)
    {
        if (last < 1 || !char.IsUpper(tokens[last].Text[0])) return false;
        for (var k = last - 1; k >= 1 && k >= last - TitleReach; k--)
        {
            var t = tokens[k];
            if (char.IsUpper(t.Text[0]))
            {
                if (AgreementKinds.KindOf(t.Lower, tokens[k - 1].Lower) is not null) return true;
                continue;
            }
            if (t.Text == "," || t.Lower is "of" or "on" or "and" or "for" or "between" or "the" or "in" or "to" or "-") continue;
            return false;
        }
        return false;
    }
}
