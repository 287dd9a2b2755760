using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "during which the two leaders intend to sign a partnership agreement", "where they are due to sign a defence treaty", "the
/// accord should be signed later this year": a sentence whose every signing is a plan tells no document concluded at the
/// meeting reported (the pattern: a signing governed by a word of intent, schedule or obligation has not taken place).
/// </summary>
internal static class PlannedSigning
{
    private static readonly FrozenSet<string> SigningWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "sign", "signed", "signing", "signature" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Words of intent, expectation, schedule or obligation that make a following signing a plan: the whole class of
    /// verbs of intending, expecting, hoping, aiming, seeking and wanting in all their forms, the modals, and the
    /// words of a timetable ("Bonn expects to sign", "Rome aims to sign", "they are set to sign").
    /// </summary>
    private static readonly HashSet<string> Intent = new(StringComparer.OrdinalIgnoreCase)
    {
        "intend", "intends", "intended", "intending", "intention", "expect", "expects", "expected", "expecting", "expectation",
        "hope", "hopes", "hoped", "hoping", "aim", "aims", "aimed", "aiming", "seek", "seeks", "seeking", "want", "wants", "wanted", "wanting",
        "wish", "wishes", "wished", "plan", "plans", "planned", "planning", "due", "scheduled", "slated", "poised", "likely", "ready", "prepared",
        "will", "would", "should", "shall", "could", "might", "must", "'ll", "invitation", "invited",
    };

    /// <summary>"set to sign", "about to sign", "going to sign", "is to sign", "are to be signed": a timetable told by the word before "to".</summary>
    private static readonly HashSet<string> BeforeTo = new(StringComparer.OrdinalIgnoreCase) { "set", "about", "going", "is", "are", "was", "were", "yet" };

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
            if (Intent.Contains(tokens[k].Text) || k > 0 && tokens[k].Lower == "to" && BeforeTo.Contains(tokens[k - 1].Text)) return true;
        return false;
    }
}
