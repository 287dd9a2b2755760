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

    /// <summary>
    /// "X of A and Y of B signed the protocol as witnesses": the capacity straight after the document (at
    /// <paramref name="after"/>, its first token past the name) says that the sentence's signers only witnessed it, so the
    /// countries the sentence names with them are no sides of it (the pattern: a witness's state is not bound by the text).
    /// </summary>
    public static bool RightAfterTheDocument(List<Token> tokens, int after)
    {
        if (after + 1 >= tokens.Count || tokens[after].Lower != "as") return false;
        var next = tokens[after + 1].Lower is "a" or "an" && after + 2 < tokens.Count ? after + 2 : after + 1;
        return Capacities.Contains(tokens[next].Text);
    }

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
