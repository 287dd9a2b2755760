using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "during which the two leaders intend to sign a partnership agreement", "where they are due to sign a defence treaty", "the
/// accord should be signed later this year": a sentence whose every signing is a plan tells no document concluded at the
/// meeting reported (the pattern: a signing governed by a word of intent, schedule or obligation has not taken place).
/// </summary>
internal static class PlannedSigning
{
    private static readonly HashSet<string> SigningWords = new(StringComparer.OrdinalIgnoreCase) { "sign", "signed", "signing", "signature" };

    /// <summary>Words of intent, schedule or obligation that make a following signing a plan.</summary>
    private static readonly HashSet<string> Intent = new(StringComparer.OrdinalIgnoreCase)
        { "intend", "intends", "intended", "due", "expected", "will", "would", "should", "shall", "plan", "plans", "planned", "scheduled", "invitation", "invited", "hope", "hopes", "hoped", "'ll" };

    /// <summary>Tokens looked back from the signing word, within its clause.</summary>
    private const int Reach = 8;

    public static bool Only(Sentence sentence)
    {
        var tokens = sentence.Tokens;
        var any = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!SigningWords.Contains(tokens[i].Text)) continue;
            any = true;
            if (!Planned(tokens, i)) return false;
        }
        return any;
    }

    private static bool Planned(List<Token> tokens, int i)
    {
        for (var k = i - 1; k >= 0 && k >= i - Reach && tokens[k].Text is not ("," or ";" or "." or ":"); k--)
            if (Intent.Contains(tokens[k].Text)) return true;
        return false;
    }
}
