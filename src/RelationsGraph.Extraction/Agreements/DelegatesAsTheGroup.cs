using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "The plenipotentiaries of the four crowns filed into the hall and signed the Treaty of X", "the delegates then put their
/// names to the convention": the people a government sends to sign (plenipotentiaries, delegates, envoys, commissioners ...)
/// told as a definite plural before the signing stand for the gathering's people as a group, as "the leaders" do (the
/// pattern: a history or wire report names the delegations once, then tells the signing by their role). The plural must
/// open with "the", "all", "both" or a number and stand before the document; after a witness's word ("watched by the
/// delegates") it signs nothing.
/// </summary>
internal static class DelegatesAsTheGroup
{
    /// <summary>Plural nouns for the people sent to conclude a document.</summary>
    private static readonly FrozenSet<string> Heads = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "plenipotentiaries", "delegates", "envoys", "commissioners", "negotiators", "signatories", "representatives" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that open the group: "the delegates", "all the envoys", "both plenipotentiaries".</summary>
    private static readonly FrozenSet<string> Openers = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "the", "all", "both" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that make the group a witness or an audience rather than the signers.</summary>
    private static readonly FrozenSet<string> WitnessWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "presence", "watched", "witnessed", "before", "observed", "by", "to", "among", "with", "told", "addressed" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether such a group stands in the sentence before the document that starts at <paramref name="start"/>.</summary>
    public static bool Before(List<Token> tokens, int start)
    {
        for (var i = 1; i < start && i < tokens.Count; i++)
        {
            if (!Heads.Contains(tokens[i].Text)) continue;
            var open = i - 1;
            if (CountWords.TryRead(tokens[open].Text, 2, 99, out _) && open > 0 && Openers.Contains(tokens[open - 1].Text)) open--;
            if (!Openers.Contains(tokens[open].Text) && !CountWords.TryRead(tokens[open].Text, 2, 99, out _)) continue;
            if (open > 0 && WitnessWords.Contains(tokens[open - 1].Text)) continue;
            return true;
        }
        return false;
    }
}
