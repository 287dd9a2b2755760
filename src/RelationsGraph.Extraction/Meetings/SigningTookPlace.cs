using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "The signing took place at the Hall of X", "The signing of the accord was held at Y", "The signing came a day later": the
/// bare noun "signing" as the subject of a verb of happening tells the signing as an event, a meeting of its own where the
/// signers attend and the document is made (pattern: an act noun as the subject of "take place"/"be held"). The noun alone
/// is no meeting reference, so the reference is anchored at the verb. Cheap: only a happening verb is looked at, and only a
/// few words back.
/// </summary>
internal static class SigningTookPlace
{
    /// <summary>How far back the subject "the signing" may stand ("The signing of the two border protocols took place").</summary>
    private const int SubjectReach = 10;

    /// <summary>The verbs of happening (their first word) this rule anchors at.</summary>
    public static readonly string[] Verbs = ["took", "held", "happened", "occurred", "came"];

    /// <summary>True at a verb of happening whose subject, opening its clause, is "the signing"; <paramref name="length"/> covers "took place".</summary>
    public static bool IsAt(List<Token> tokens, int i, out int length)
    {
        length = 1;
        var word = tokens[i].Lower;
        if (word == "took" && (i + 1 >= tokens.Count || tokens[i + 1].Lower != "place")) return false;
        if (word == "held" && (i < 1 || tokens[i - 1].Lower is not ("was" or "were"))) return false;
        if (Array.IndexOf(Verbs, word) < 0) return false;
        for (var k = i - 1; k >= 1 && i - k <= SubjectReach; k--)
        {
            if (!tokens[k].IsWord && tokens[k].Text is not ("-" or "'s" or "’s")) return false;
            if (tokens[k].Lower is not ("signing" or "signings")) continue;
            // "the signing ceremony took place": the ceremony noun is the reference.
            if (k + 1 < tokens.Count && tokens[k + 1].Lower is "ceremony" or "ceremonies") return false;
            if (tokens[k - 1].Lower != "the") return false;
            if (!(k - 1 == 0 || !tokens[k - 2].IsWord || tokens[k - 2].Lower is "and" or "but" or "when" or "after" or "before" or "as")) return false;
            if (word == "took") length = 2;
            return true;
        }
        return false;
    }
}
