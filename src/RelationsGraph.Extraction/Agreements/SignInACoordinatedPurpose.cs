using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "X and Y met on Tuesday to review ties and sign a package of accords", "flew in to open a bridge and sign the
/// accord": a bare "sign" coordinated by "and" with a purpose infinitive shares its "to", so a past act of coming together
/// before it tells a signing that took place as "met ... to sign" does (see <see cref="SigningVerb"/>; the pattern: one "to"
/// governs both verbs of a coordinated purpose).
/// </summary>
internal static class SignInACoordinatedPurpose
{
    /// <summary>How far back the shared "to" may stand from the coordinated "sign".</summary>
    private const int Reach = 14;

    /// <summary>Where the "to" that the bare "sign" at <paramref name="i"/> shares stands, or -1 (no "and" right before it, or no "to" and verb in its clause).</summary>
    public static int SharedTo(List<Token> tokens, int i)
    {
        if (tokens[i].Lower != "sign" || i < 4 || tokens[i - 1].Lower != "and") return -1;
        for (var k = i - 3; k >= 1 && k >= i - Reach; k--)
        {
            if (tokens[k].Text is "," or ";" or "." or ":" or "—" or "(" || tokens[k].Lower is "and" or "but" or "which" or "who" or "that") return -1;
            if (tokens[k].Lower == "to" && tokens[k + 1].IsWord && !tokens[k + 1].IsCapitalized && tokens[k + 1].Lower is not ("the" or "a" or "an" or "be")) return k;
        }
        return -1;
    }
}
