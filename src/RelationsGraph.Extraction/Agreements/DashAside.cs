using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "A and B took their seats before the guests — C, D and the host, E — and signed the texts": a span between two dashes
/// is an aside; the names inside it are not the subject of the verb after it, and a verb joined by "and" right after the
/// closing dash shares the subject the clause opened with (the pattern: a parenthetical list interrupts, it does not act).
/// </summary>
internal static class DashAside
{
    /// <summary>
    /// The pair of dashes closed by "— and" right before <paramref name="verb"/> (opening, closing), or null. A pair closed
    /// right before the verb ("The ministers of five states - A, B, C - signed") is the subject's own apposition, no aside.
    /// </summary>
    public static (int Open, int Close)? Before(List<Token> tokens, int verb)
    {
        if (verb < 3 || tokens[verb - 1].Lower != "and" || !IsDash(tokens, verb - 2)) return null;
        var close = -1;
        for (var k = verb - 2; k > 0; k--)
        {
            if (tokens[k].Text is "." or ";") return null;
            if (!IsDash(tokens, k)) continue;
            if (close < 0) close = k;
            else return (k, close);
        }
        return null;
    }

    /// <summary>
    /// "Their ministers - A of X, B of Y and C of Z - signed alongside them": a dash right before the verb that closes a pair
    /// opened after the subject's noun ends the subject's own apposition, whose names are the subject (the pattern: a group
    /// noun is spelled out between dashes before its verb). True when <paramref name="verb"/> follows such a closing dash.
    /// </summary>
    public static bool ClosesAnApposedSubject(List<Token> tokens, int verb)
    {
        if (verb < 3 || !IsDash(tokens, verb - 1)) return false;
        for (var k = verb - 2; k > 0; k--)
        {
            if (tokens[k].Text is "." or ";" or ":") return false;
            if (IsDash(tokens, k)) return tokens[k - 1].IsWord && !tokens[k - 1].IsCapitalized;
        }
        return false;
    }

    /// <summary>Whether the person stands inside the aside.</summary>
    public static bool Inside((int Open, int Close)? aside, Mention person) =>
        aside is var (open, close) && person.TokenStart > open && person.TokenEnd <= close;

    /// <summary>"A and B sat down ... — C, D — and signed": the names before the aside that open the clause, when the verb follows "— and".</summary>
    public static IEnumerable<Mention> SubjectAcross(List<Token> tokens, IReadOnlyList<Mention> persons, (int Open, int Close)? aside, int verb)
    {
        if (aside is not var (open, _)) return [];
        // The clause opens at the sentence start or after its last comma before the first name.
        var first = persons.Where(p => p.TokenEnd <= open).OrderBy(p => p.TokenStart).FirstOrDefault();
        if (first is null) return [];
        for (var k = first.TokenStart - 1; k >= 0 && tokens[k].Text != ","; k--)
            if (tokens[k].IsWord && !tokens[k].IsCapitalized && tokens[k].Lower is not ("the" or "his" or "her" or "their")) return [];
        return CoordinatedList.From(tokens, persons, first).Where(p => p.TokenEnd <= open);
    }

    /// <summary>An em or en dash, "--", or a hyphen standing apart from the words on both sides.</summary>
    private static bool IsDash(List<Token> tokens, int k) =>
        tokens[k].Text is "—" or "–" or "--"
        || tokens[k].Text == "-" && k > 0 && k + 1 < tokens.Count && tokens[k].Start > tokens[k - 1].End && tokens[k + 1].Start > tokens[k].End;
}
