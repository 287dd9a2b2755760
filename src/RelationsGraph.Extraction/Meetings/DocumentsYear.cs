using RelationsGraph.Extraction.Agreements;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "speakers at the ceremony referred to the Panglong Agreement of 1947": a year joined by "of" to a document's noun is the
/// document's year; it does not date the gathering named beside it (pattern: a document's own year).
/// </summary>
internal static class DocumentsYear
{
    public const string Note = "year of a document named beside it, not of the gathering";

    public static bool Of(IReadOnlyList<Token> tokens, DateExpression date)
    {
        // The expression may hold its "of" ("of 1947") or stand right after it.
        var k = date.Text.StartsWith("of ", StringComparison.OrdinalIgnoreCase) ? date.TokenStart - 1 :
            date.TokenStart >= 1 && tokens[date.TokenStart - 1].Lower == "of" ? date.TokenStart - 2 : -1;
        return k >= 1 && AgreementKinds.KindOf(tokens[k].Lower, tokens[k - 1].Lower) is not null;
    }
}
