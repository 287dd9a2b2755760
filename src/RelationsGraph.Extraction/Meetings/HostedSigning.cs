using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "X, who hosted the signing, ...", "The signing at the Palace Conference Hall was hosted by X": the bare noun "signing" is
/// no meeting reference of its own, so a hosting verb whose object (or, in the passive, whose subject) is "the signing" was
/// read as a visit of the host alone. The host stages the signing of the clause, so the hosting is that signing (pattern:
/// the host joins the event of its own clause). Cheap: only a hosting verb with "signing" within a few words is looked at.
/// </summary>
internal static class HostedSigning
{
    /// <summary>How far back a passive's subject "the signing" may stand ("The signing at the X Y Z Centre was hosted by").</summary>
    private const int SubjectReach = 12;

    public static bool IsAt(List<Token> tokens, int i)
    {
        var word = tokens[i].Lower;
        if (word is not ("hosted" or "hosts" or "host" or "hosting")) return false;
        // Active: "hosted the signing", "hosting Tuesday's signing", "hosted the envoys' signing" — the object names the event hosted; "the signing
        // ceremony" is left to the ceremony noun that follows.
        for (var k = i + 1; k < tokens.Count && k - i <= 4; k++)
        {
            if (tokens[k].Lower == "signing")
                return (k + 1 >= tokens.Count || !tokens[k + 1].IsWord || tokens[k + 1].Lower is "of" or "on" or "in" or "at" or "and") &&
                       OnlyDeterminersBefore(tokens, i + 1, k);
            if (!tokens[k].IsWord && !IsPossessive(tokens[k].Text)) return false;
        }
        // Passive: "the signing [at V] was hosted by X": the subject, opening its clause, is the signing.
        if (word != "hosted" || i < 2 || i + 1 >= tokens.Count || tokens[i + 1].Lower != "by" || tokens[i - 1].Lower is not ("was" or "were" or "is")) return false;
        for (var k = i - 2; k >= 1 && i - k <= SubjectReach; k--)
        {
            if (!tokens[k].IsWord && tokens[k].Text is not ("-" or "'s" or "’s")) return false;
            if (tokens[k].Lower == "signing" && tokens[k - 1].Lower == "the")
                return k - 1 == 0 || !tokens[k - 2].IsWord || tokens[k - 2].Lower is "and" or "but";
        }
        return false;
    }

    private static bool IsPossessive(string text) => text is "'s" or "’s" or "'" or "’";

    /// <summary>
    /// Whether the words from <paramref name="from"/> to the noun at <paramref name="noun"/> only determine it: "the", "its",
    /// a possessive, a capitalised name. A loop, not a lambda: the hosting verb is tested for on every word, and a lambda over
    /// its arguments made a closure on each.
    /// </summary>
    private static bool OnlyDeterminersBefore(List<Token> tokens, int from, int noun)
    {
        for (var j = from; j < noun; j++)
            if (!(tokens[j].Lower is "the" or "a" or "this" or "that" or "its" or "their" || IsPossessive(tokens[j].Text) || tokens[j].IsCapitalized ||
                  j + 1 < noun && IsPossessive(tokens[j + 1].Text))) return false;
        return true;
    }
}
