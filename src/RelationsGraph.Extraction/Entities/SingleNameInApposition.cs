using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "signed for the Khan: Torvald, an elderly court official; Ismer, the governor of the coast": a person known by one name
/// (common in histories of courts and in many naming traditions) is introduced by an apposition right after it whose head is a
/// lowercase person noun ("official", "envoy", "courtier"), and that noun is the title the name goes by (pattern: a single name
/// defined by an apposition). The name must stand inside the sentence, not after a locative or an article ("in Tessalt, a
/// senior official said" is a place), and the apposition must reach its noun over small or capitalised modifiers only.
/// </summary>
internal static class SingleNameInApposition
{
    /// <summary>The person noun of the apposition after the one-word name at <paramref name="first"/>, or null.</summary>
    public static string? Noun(List<Token> tokens, int first, int last)
    {
        if (last - first != 1 || first == 0 || last + 2 >= tokens.Count || tokens[last].Text != ",") return null;
        var name = tokens[first].Text;
        if (name.Length < 3 || !char.IsUpper(name[0]) || !name.Skip(1).Any(char.IsLower)) return null;
        var before = tokens[first - 1];
        if (Lexicon.Locatives.Contains(before.Lower) || before.Lower is "the" or "a" or "an" or "of" or "by" or "on" or "for" or "with" or "and") return null;
        if (!before.IsWord && before.Text is not (":" or ";" or ",")) return null;
        if (tokens[last + 1].Lower is not ("the" or "an" or "a")) return null;
        for (var i = last + 2; i < Math.Min(tokens.Count, last + 6); i++)
        {
            var t = tokens[i];
            if (!t.IsWord) return null;
            if (!t.IsCapitalized && Lexicon.PersonNouns.Contains(t.Text)) return t.Lower;
        }
        return null;
    }
}
