using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "a protocol upgrading the Arlen-Voss free trade agreement, signed by A and B", "an amendment extending the 1998 treaty,
/// signed on Friday by ...": a document told as the object of a lower-case participle of changing or carrying out
/// (upgrading, amending, implementing, extending ...) right after another document's noun is recalled inside that head
/// document's description; a reduced clause right after the inner document ("signed by") closes the whole head phrase and
/// belongs to the head, not to the recalled document (the pattern: "X upgrading the Y, signed by ..." describes X).
/// </summary>
internal static class InnerDocumentOfAHead
{
    /// <summary>Participles that take an existing document as their object inside a new document's description.</summary>
    private static readonly FrozenSet<string> LinkingParticiples = new HashSet<string>(StringComparer.Ordinal)
    {
        "upgrading", "amending", "implementing", "extending", "supplementing", "modifying", "renewing", "revising",
        "updating", "expanding", "replacing",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>How far back from an inner document's noun its linking participle may stand ("upgrading the 2009 Arlen-Voss free trade agreement").</summary>
    private const int Reach = 10;

    /// <summary>
    /// Whether the document noun at <paramref name="inner"/> is recalled inside a head document's participle phrase, and the
    /// verb at <paramref name="verb"/> is a reduced clause right after it (", signed by"), so that it describes the head.
    /// </summary>
    public static bool ClauseGoesToHead(List<Token> tokens, int inner, int verb)
    {
        if (!(verb == inner + 1 || verb == inner + 2 && tokens[inner + 1].Text == ",")) return false;
        return ParticipleBefore(tokens, inner) >= 0;
    }

    /// <summary>The linking participle whose object phrase holds the noun at <paramref name="inner"/>, after a document noun, or -1.</summary>
    private static int ParticipleBefore(List<Token> tokens, int inner)
    {
        for (var k = inner - 1; k >= 2 && k >= inner - Reach; k--)
        {
            if (tokens[k].Text is "," or ";" or ":" or "." || tokens[k].Lower is "which" or "that" or "and") return -1;
            if (!LinkingParticiples.Contains(tokens[k].Text)) continue;
            // The head document's noun right before the participle: "a protocol upgrading", "the memorandum implementing".
            return AgreementKinds.KindOf(tokens[k - 1].Lower, tokens[k - 2].Lower) is not null ? k : -1;
        }
        return -1;
    }
}
