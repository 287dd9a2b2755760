using RelationsGraph.Extraction.Agreements;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "The accords were initialled at Dunmere on 4 March 1988", "the charter had been signed in Velor on Nov. 12": the bare past
/// passive of a signing verb, its document the subject and no signers named, with a place after "in"/"at" and a calendar date
/// written in figures, tells an earlier step of a document's making held there and then (pattern: news tells the day's own act
/// by weekday or "today" and recalls an earlier initialling or signing by its calendar day; such a recall is its own signing,
/// dated apart, and does not fold into the day's ceremony). "is signed", "to be signed", a weekday alone and a signing placed
/// "during" a visit or on a summit's sidelines stay as they were; one with its signers after "by" is the agent-led rule's.
/// </summary>
internal static class RecalledPassiveSigning
{
    /// <summary>How far before the auxiliary the document noun may stand.</summary>
    private const int SubjectReach = 14;

    /// <summary>How far after the verb the figure-written date may stand.</summary>
    private const int DateReach = 12;

    public static bool IsAt(List<Token> tokens, int i, IReadOnlyList<DateExpression> dates)
    {
        if (i < 2 || tokens[i].Lower is not ("signed" or "initialled" or "initialed")) return false;
        var aux = tokens[i - 1].Lower is "was" or "were" ? i - 1 : tokens[i - 1].Lower == "been" && tokens[i - 2].Lower == "had" ? i - 2 : -1;
        return aux >= 1 && DocumentSubject(tokens, aux) && NumberedDateAfter(tokens, i, dates) && !WithinAGathering(tokens, i) &&
               DatedSigningAtAPlace.AgentsStart(tokens, i) is null;
    }

    /// <summary>"was signed in Dorn in May 2011 during the visit of ...", "... on the sidelines of the summit": a signing placed within a
    /// gathering its clause names is that gathering's, which the rules for gatherings read.</summary>
    private static bool WithinAGathering(List<Token> tokens, int i)
    {
        for (var k = i + 1; k < tokens.Count && tokens[k].Text is not (";" or "." or ":"); k++)
            if (tokens[k].Lower is "during" or "sidelines" or "margins" or "margin") return true;
        return false;
    }

    /// <summary>A document noun (or "It"/"They" opening the sentence) before the auxiliary, no relative pronoun or break between.</summary>
    private static bool DocumentSubject(List<Token> tokens, int aux)
    {
        if (aux == 1 && tokens[0].Lower is "it" or "they") return true;
        for (var k = aux - 1; k >= Math.Max(1, aux - SubjectReach); k--)
        {
            if (tokens[k].Text is ";" or ":" or "." or "(" or ")" or "," || tokens[k].Lower is "that" or "which" or "who" or "whom" or "when" or "where") return false;
            if (AgreementKinds.KindOf(tokens[k].Lower, tokens[k - 1].Lower) is not null || AgreementKinds.PluralDocumentNouns.Contains(tokens[k].Lower)) return true;
        }
        return false;
    }

    /// <summary>A date written with figures ("on 4 March 1988", "on Nov. 12") after the verb, in its clause.</summary>
    private static bool NumberedDateAfter(List<Token> tokens, int i, IReadOnlyList<DateExpression> dates)
    {
        foreach (var d in dates)
        {
            if (d.TokenStart <= i || d.TokenStart - i > DateReach || d.Text.AsSpan().IndexOfAnyInRange('0', '9') < 0) continue;
            var broken = false;
            for (var k = i + 1; k < d.TokenStart && !broken; k++)
                broken = tokens[k].Text is ";" or ":" or "." or "(" || tokens[k].Lower is "and" or "but" or "which" or "where" or "when" or "after" or "before";
            if (!broken) return true;
        }
        return false;
    }
}
