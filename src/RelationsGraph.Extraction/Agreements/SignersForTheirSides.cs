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
            if (tokens[i + 1].Lower == "for" && (tokens[i + 2].IsCapitalized || tokens[i + 2].Lower == "the") && !BackersAt(tokens, i + 2)) return true;
            if (tokens[i + 1].Lower == "on" && tokens[i + 2].Lower == "behalf" && !BackersAt(tokens, i + 4)) return true;
        }
        return false;
    }

    /// <summary>A signing verb followed by "for"/"on behalf of" a group of backers or witnesses ("signed on behalf of the Troika").</summary>
    public static bool NamesBackers(List<Token> tokens)
    {
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            if (!SigningVerb.IsAt(tokens, i)) continue;
            if (tokens[i + 1].Lower == "for" && BackersAt(tokens, i + 2) || tokens[i + 1].Lower == "on" && tokens[i + 2].Lower == "behalf" && BackersAt(tokens, i + 4)) return true;
        }
        return false;
    }

    /// <summary>Nouns of a group that backs or watches an accord rather than being bound by it: "the Troika", "the guarantors".</summary>
    private static readonly FrozenSet<string> BackerNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "troika", "quartet", "guarantors", "guarantor", "mediators", "mediator", "witnesses", "witness", "facilitators", "observers", "sponsors", "co-sponsors" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "signed for the so-called Contact Group", "signed for the guarantors": the side named is a group of backers or
    /// witnesses, who sign without binding their states (the pattern: guarantors sign beside the parties, not as them).
    /// </summary>
    private static bool BackersAt(List<Token> tokens, int k)
    {
        if (k < tokens.Count && tokens[k].Lower == "the") k++;
        if (k < tokens.Count && tokens[k].Lower is "so-called" or "three" or "four" or "two") k++;
        if (k + 2 < tokens.Count && tokens[k].Lower == "so" && tokens[k + 1].Text == "-" && tokens[k + 2].Lower == "called") k += 3;
        return k < tokens.Count && BackerNouns.Contains(tokens[k].Text);
    }

    /// <summary>Two signers or more named their sides: enough to stand for all of the document's sides.</summary>
    public static bool Enough(Agreement agreement) => agreement.SignedForASide.Count >= 2;
}
