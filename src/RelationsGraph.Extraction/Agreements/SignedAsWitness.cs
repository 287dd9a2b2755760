using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "Ban Ki-moon and Dlamini-Zuma signed as witnesses", "the envoy signed the accord as an observer": a signature given in
/// the capacity of a witness or observer vouches for the signing and binds nobody, so it makes no signer (the pattern:
/// the capacity after the verb says what the signature is).
/// </summary>
internal static class SignedAsWitness
{
    private static readonly FrozenSet<string> Capacities = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "witness", "witnesses", "observer", "observers" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>How far past the verb the capacity may stand ("signed the framework accord as a witness").</summary>
    private const int Reach = 8;

    public static bool At(List<Token> tokens, int verb)
    {
        for (var k = verb + 1; k + 1 < tokens.Count && k <= verb + Reach && tokens[k].Text is not ("." or ";" or ","); k++)
        {
            if (tokens[k].Lower != "as") continue;
            var next = tokens[k + 1].Lower is "a" or "an" && k + 2 < tokens.Count ? k + 2 : k + 1;
            return Capacities.Contains(tokens[next].Text);
        }
        return false;
    }
}
