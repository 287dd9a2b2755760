using RelationsGraph.Extraction.Agreements;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "Speakers at the ceremony referred to the Panglong Agreement of 1947", "the treaty of 1994": a year joined by "of" to a
/// document's noun is that document's year, not the date of a gathering told in the sentence (pattern: a document's own
/// date does not date the meeting that recalls it).
/// </summary>
internal static class DocumentsOwnYear
{
    public const string Note = "date of a document named with it ('the X Agreement of 1947'), not of the gathering";

    public static bool Of(List<Token> tokens, DateExpression date)
    {
        // The date may hold its "of" ('of 1947') or follow it.
        var of = tokens[date.TokenStart].Lower == "of" ? date.TokenStart : date.TokenStart - 1;
        if (of < 1 || tokens[of].Lower != "of") return false;
        var noun = of - 1;
        // "the Nationwide Ceasefire Agreement (NCA) of 2015": an acronym in brackets may stand between.
        if (noun >= 2 && tokens[noun].Text == ")" && tokens[noun - 2].Text == "(") noun -= 3;
        return noun >= 1 && AgreementKinds.KindOf(tokens[noun].Lower, tokens[noun - 1].Lower) is not null;
    }
}
