using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "signed an agreement on fisheries and another on road transport": "another" with a topic of its own after a document
/// with a topic stands for a second document of the same kind (the pattern: the elided noun of "X on A and another on B").
/// </summary>
internal static class ElidedDocumentNoun
{
    /// <summary>The kind of the document "another" at <paramref name="i"/> stands for, or null.</summary>
    public static string? KindAt(List<Token> tokens, int i)
    {
        if (tokens[i].Lower != "another" || i < 3 || tokens[i - 1].Lower is not ("and" or ",") || i + 2 >= tokens.Count) return null;
        if (tokens[i + 1].Lower is not ("on" or "for") || !tokens[i + 2].IsWord || Months.IsMonthOrWeekday(tokens[i + 2].Text)) return null;
        for (var j = i - 2; j >= 1 && j >= i - 16; j--)
        {
            if (tokens[j].Text is "." or ";" or ":") return null;
            if (tokens[j + 1].Lower is not ("on" or "for")) continue;
            if (AgreementKinds.KindOf(tokens[j].Lower, tokens[j - 1].Lower, j > 1 ? tokens[j - 2].Lower : null) is { } kind) return kind;
        }
        return null;
    }
}
