using RelationsGraph.Extraction.Agreements;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "X signed on behalf of her country", "Y signed for Khartoum", "Z signed as a witness": one person signing for a side, or as
/// guarantor or witness, with no document named, is at the signing under discussion (pattern: a signer's act is attendance
/// of the signing, even when told one signer at a time).
/// </summary>
internal static class SignerForASide
{
    public static bool IsAt(List<Token> tokens, int i)
    {
        if (AddedSignatures(tokens, i)) return true;
        if (!SigningVerb.IsAt(tokens, i) || i + 1 >= tokens.Count) return false;
        if (JoinsTheSigning(tokens, i)) return true;
        var next = tokens[i + 1].Lower;
        if (next == "for") return i + 2 < tokens.Count && (tokens[i + 2].IsCapitalized || tokens[i + 2].Lower is "the" or "his" or "her" or "their");
        if (next == "on") return i + 2 < tokens.Count && tokens[i + 2].Lower == "behalf";
        return InACapacity(tokens, i);
    }

    /// <summary>
    /// "signed as a witness", "A and B signed the document as witnesses", "signed the text as guarantors": the capacity may follow
    /// a short object. Signers in such a capacity sign the parties' document at the parties' signing, so even several of them
    /// together attend that signing rather than hold one of their own (pattern: witnesses countersign, they do not sign apart).
    /// </summary>
    public static bool InACapacity(List<Token> tokens, int i)
    {
        if (!SigningVerb.IsAt(tokens, i)) return false;
        for (var k = i + 1; k < Math.Min(tokens.Count, i + 5); k++)
            if (tokens[k].Lower == "as") return tokens.Skip(k + 1).Take(3).Any(t => t.Lower is "witness" or "witnesses" or "guarantor" or "guarantors");
        return false;
    }

    /// <summary>
    /// "X countersigned the act", "Y, who leads the smaller faction, also signed": a countersignature, or a bare signature
    /// told with "also", joins a signing already told, so the signer attends it (pattern: a signer added to the signing under
    /// discussion). A passive ("was countersigned by") names its signers after "by" and is left to the passive readers.
    /// </summary>
    public static bool JoinsTheSigning(List<Token> tokens, int i)
    {
        if (i > 0 && tokens[i - 1].Lower is "was" or "were" or "been" or "be" or "is" or "are" || i + 1 < tokens.Count && tokens[i + 1].Lower == "by") return false;
        if (tokens[i].Lower == "countersigned") return true;
        // "also signed a currency swap": a document of its own may be a signing apart; only the bare verb joins the one told.
        return tokens[i].Lower == "signed" && i > 0 && tokens[i - 1].Lower == "also" &&
               (i + 1 >= tokens.Count || !tokens[i + 1].IsWord || tokens[i + 1].Lower is "and" or "too" or "as" or "alongside" or "with");
    }

    /// <summary>"A and B added their signatures as guarantors": adding one's signature is signing. True at "added".</summary>
    public static bool AddedSignatures(List<Token> tokens, int i) =>
        tokens[i].Lower is "added" or "adds" && i + 2 < tokens.Count && tokens[i + 1].Lower is "their" or "his" or "her" &&
        tokens[i + 2].Lower is "signatures" or "signature" or "names" or "name";
}
