using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "An emergency summit of the union's heads of state will be held in Varo next week", "the next session of the joint commission is to
/// open in Osk": a meeting noun that is the subject of its clause takes the tense of its own verb, which stands after the noun's
/// modifier ("of ...", "between ...") and so past the few words read around the noun (pattern: subject noun phrase with a
/// post-modifier, then its predicate). A future there ("will", "would", "is to", "is due", "is expected", "is scheduled")
/// makes the reference a plan; a noun after a preposition ("at the summit of X, leaders will ...") is no subject and is not read.
/// </summary>
internal static class PlanAfterTheModifier
{
    /// <summary>How far past the noun its verb may stand.</summary>
    private const int Reach = 12;

    public static bool Of(List<Token> tokens, int nounStart, int nounEnd, int[] segments)
    {
        if (nounEnd + 1 >= tokens.Count || tokens[nounEnd].Lower is not ("of" or "between" or "among")) return false;
        if (AfterAPreposition(tokens, nounStart)) return false;
        var segment = segments[Math.Min(nounStart, segments.Length - 1)];
        for (var i = nounEnd + 1; i < tokens.Count && i - nounEnd <= Reach; i++)
        {
            if (segments[i] != segment || tokens[i].Text is "," or ";" or ":" or "." or "(" or "—" or "–") return false;
            var w = tokens[i].Lower;
            if (w is "who" or "which" or "that" or "where" or "when") return false;
            if (w is "will" or "would" or "'ll") return true;
            if (w is "is" or "are")
                return i + 1 < tokens.Count && tokens[i + 1].Lower is "to" or "due" or "expected" or "scheduled" or "set" or "slated";
            if (w is "was" or "were" or "has" or "have" or "had" or "opened" or "ended" or "closed" or "met" or "took" or "began" or "convened") return false;
        }
        return false;
    }

    /// <summary>"at the summit of", "during the meeting between": the noun is the object of a preposition.</summary>
    private static bool AfterAPreposition(List<Token> tokens, int nounStart)
    {
        for (var k = nounStart - 1; k >= 0 && nounStart - k <= 4; k--)
        {
            var w = tokens[k].Lower;
            if (w is "at" or "in" or "on" or "during" or "after" or "before" or "since" or "for" or "to" or "from" or "of" or "by" or "with" or "ahead" or "until") return true;
            if (!tokens[k].IsWord || w is "said" or "say" or "says" or "that") return false;
        }
        return false;
    }
}
