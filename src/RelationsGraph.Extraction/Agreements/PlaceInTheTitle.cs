using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "the Treaty of Lisbon", "the Act of Quito", "the Vienna Final Act": a capital written inside a document's title, as the
/// complement of its capitalised head noun or before the title's words that end in one, names the town where the document
/// was made, not a government bound by it (the pattern: a title tells a document by its place of making, as "the Lusaka
/// accords" does). The capital's state is a side only when something else in the story says so (its signers, "between A and B").
/// </summary>
internal static class PlaceInTheTitle
{
    public static bool At(List<Token> tokens, Mention capital)
    {
        if (!capital.IsGovernment) return false;
        // "Treaty of Lisbon", "Charter of Quito for ...": "of" right after a capitalised document head noun.
        var k = capital.TokenStart - 1;
        if (k >= 1 && tokens[k].Lower == "of" && tokens[k - 1].IsCapitalized && IsDocumentHead(tokens[k - 1].Lower, k >= 2 ? tokens[k - 2].Lower : null)) return true;
        // "the Quito text", "the Vienna communique": a word for the paper itself right after the capital names it by its town too.
        if (capital.TokenEnd < tokens.Count && PaperNouns.Contains(tokens[capital.TokenEnd].Lower)) return true;
        // "the Vienna Final Act", "the Quito Joint Declaration": capitalised title words between the capital and the head noun.
        for (var j = capital.TokenEnd; j < tokens.Count && j <= capital.TokenEnd + 3; j++)
        {
            if (!tokens[j].IsWord || !tokens[j].IsCapitalized) return false;
            if (j > capital.TokenEnd && IsDocumentHead(tokens[j].Lower, tokens[j - 1].Lower)) return true;
        }
        return false;
    }

    /// <summary>Words for the paper of a document that a town may name ("the Quito text") though they head no title alone.</summary>
    private static readonly HashSet<string> PaperNouns = ["text", "texts", "statement", "communique", "communiqué", "appeal", "documents"];

    /// <summary>A document noun, or "act", the head of a formal title ("Final Act", "Act of ...").</summary>
    private static bool IsDocumentHead(string word, string? previous) =>
        AgreementKinds.KindOf(word, previous) is not null || word is "act" or "accords" or "agreements";
}
