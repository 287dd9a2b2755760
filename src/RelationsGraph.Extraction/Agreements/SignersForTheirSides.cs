using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "X signed for Kenya, while Y signed for Tanzania", "A signed on behalf of Uganda": bare signers who each name the side
/// they signed for are that document's sides, though no document is named with them; the meeting's host or other guests
/// bind no state of their own (the pattern: a signer for a side makes that side a party, and only it).
/// </summary>
internal static class SignersForTheirSides
{
    /// <summary>A signing verb followed by "for" or "on behalf of" and a capitalised side.</summary>
    public static bool NamesASide(List<Token> tokens)
    {
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            if (!SigningVerb.IsAt(tokens, i)) continue;
            if (tokens[i + 1].Lower == "for" && (tokens[i + 2].IsCapitalized || tokens[i + 2].Lower == "the")) return true;
            if (tokens[i + 1].Lower == "on" && tokens[i + 2].Lower == "behalf") return true;
        }
        return false;
    }

    /// <summary>Two signers or more named their sides: enough to stand for all of the document's sides.</summary>
    public static bool Enough(Agreement agreement) => agreement.SignedForASide.Count >= 2;
}
