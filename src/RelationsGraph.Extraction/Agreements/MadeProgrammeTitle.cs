using System.Collections.Frozen;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "the leaders adopted the Lakeland Common Agenda", "the Common Agenda that both cabinets agreed in May", "under
/// their Compact of Free Association": a capitalised Agenda, Strategy or Compact is a document the sides made when it is the object of a verb of adopting, endorsing, signing or
/// implementing (or of "the adoption of"), when a clause right after it says it was adopted, agreed, signed or endorsed, or
/// (for a Compact, a treaty word) when the sides act "under" it. "Agenda" and "strategy" are usually no document ("a packed
/// agenda", "the government's new Strategy"), so a bare title is not enough, nor a year alone ("the 2030 Agenda" is cited,
/// not made by the story's sides) (the pattern: a general noun is a document
/// when the text marks its title as made). Kept out of <see cref="AgreementKinds"/> so other stages do not see every agenda.
/// </summary>
internal static class MadeProgrammeTitle
{
    /// <summary>Verbs (and their nouns with "of") whose object is a made text.</summary>
    private static readonly FrozenSet<string> MakingVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "adopt", "adopts", "adopted", "adopting", "endorse", "endorses", "endorsed", "endorsing", "sign", "signs", "signed", "signing",
        "implement", "implements", "implemented", "implementing", "ratify", "ratifies", "ratified", "ratifying",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> MakingNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "adoption", "endorsement", "signing", "implementation", "ratification" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Participles of a clause that says the text was made ("adopted at the summit", "which the bloc endorsed").</summary>
    private static readonly FrozenSet<string> MadeParticiples = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "adopted", "agreed", "signed", "endorsed", "ratified" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The kind of the capitalised Agenda, Strategy or Compact at <paramref name="noun"/>, or null when nothing marks its title as a made
    /// document. <paramref name="start"/> is where its phrase opens (its determiner), <paramref name="titleEnd"/> the token past its title.
    /// </summary>
    public static string? KindAt(List<Token> tokens, int noun, int start, int titleEnd, bool titled)
    {
        if (tokens[noun].Text is not ("Agenda" or "Strategy" or "Compact") || !titled) return null;
        var kind = tokens[noun].Text == "Compact" ? "agreement" : "plan";
        return MadeBefore(tokens, start) || MadeAfter(tokens, Math.Max(titleEnd, noun + 1))
               || kind == "agreement" && start > 0 && tokens[start - 1].Lower == "under" ? kind : null;
    }

    /// <summary>"the 1992 Consensus": a capitalised title noun right after a year, which makes the two one title.</summary>
    public static bool YearRightBefore(List<Token> tokens, int noun) =>
        tokens[noun].IsCapitalized && noun > 0 && IsYear(tokens[noun - 1].Text);

    private static bool IsYear(string text) => text.Length == 4 && int.TryParse(text, out var y) && y is >= 1800 and <= 2100;

    private static bool MadeBefore(List<Token> tokens, int start) =>
        start > 0 && MakingVerbs.Contains(tokens[start - 1].Text)
        || start > 1 && tokens[start - 1].Lower == "of" && MakingNouns.Contains(tokens[start - 2].Text);

    /// <summary>"X adopted at ...", "X, which the bloc endorsed", "X that the two sides agreed": the made clause opens right after the title.</summary>
    private static bool MadeAfter(List<Token> tokens, int end)
    {
        if (end >= tokens.Count) return false;
        if (MadeParticiples.Contains(tokens[end].Text)) return true;
        var k = end < tokens.Count && tokens[end].Text == "," ? end + 1 : end;
        if (k >= tokens.Count || tokens[k].Lower is not ("which" or "that")) return false;
        for (var j = k + 1; j < tokens.Count && j <= k + 6; j++)
        {
            if (!tokens[j].IsWord) return false;
            if (MadeParticiples.Contains(tokens[j].Text)) return true;
        }
        return false;
    }
}
