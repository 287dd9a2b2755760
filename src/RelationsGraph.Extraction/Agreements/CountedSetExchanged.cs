using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "the two governments exchanged eleven memorandums", "Norland, Vestria exchange 14 MoUs": in visit coverage the ceremony
/// of handing over signed copies stands for their signing, so a counted set of documents that a verb of exchanging takes as
/// its object is made as one signed with "signed" is (the pattern: "exchange" as the verb of a package's signing, see
/// <see cref="CountedSetSigned"/>). The present "exchange" counts only as a headline's report, after a capitalised subject.
/// </summary>
internal static class CountedSetExchanged
{
    /// <summary>Words before a present "exchange" that make it a plan or a wish: "to exchange", "will exchange".</summary>
    private static readonly FrozenSet<string> NotReported = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "to", "will", "would", "could", "can", "may", "might", "must", "shall", "should", "not", "did", "does", "do" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the count at <paramref name="count"/> is the object of a verb of exchanging right before it.</summary>
    public static bool At(List<Token> tokens, int count)
    {
        if (count < 1) return false;
        var verb = tokens[count - 1];
        if (verb.Lower == "exchanged") return !(count >= 2 && tokens[count - 2].Lower is "be" or "being" or "been" or "were" or "was");
        return verb.Lower is "exchange" or "exchanges" && count >= 2 && tokens[count - 2].IsWord && tokens[count - 2].IsCapitalized && !NotReported.Contains(tokens[count - 2].Text);
    }
}
