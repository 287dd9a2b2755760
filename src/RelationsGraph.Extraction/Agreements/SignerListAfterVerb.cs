using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "Among those who signed were A, B and C", "Only three presidents signed it on Monday: A, B and C": the signers are
/// listed after the verb, behind a copula (when the verb sits in a relative clause) or a colon (the pattern: a signing
/// clause that announces a list names its signers in that list).
/// </summary>
internal static class SignerListAfterVerb
{
    private static readonly FrozenSet<string> Copulas = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "were", "was", "are", "include", "included" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> Relatives = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "who", "that" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    /// <summary>Words after which the list is over: a clause of its own begins.</summary>
    private static readonly FrozenSet<string> ListEnds = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "who", "which", "while", "but", "after", "before", "whereas" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    /// <summary>How far after the verb the copula or colon may stand ("signed it on Wednesday night:").</summary>
    private const int Reach = 8;

    /// <summary>The people listed after the signing verb at <paramref name="verb"/>; empty when it announces no list.</summary>
    public static IEnumerable<Mention> At(List<Token> tokens, IReadOnlyList<Mention> persons, int verb)
    {
        var marker = Marker(tokens, persons, verb);
        if (marker < 0) return [];
        if (tokens[marker].Text == ":" && SemicolonRoll(tokens, marker)) return RollItems(tokens, persons, marker);
        var end = marker + 1;
        while (end < tokens.Count && !ListEnds.Contains(tokens[end].Text)) end++;
        return persons.Where(p => p.TokenStart > marker && p.TokenEnd <= end);
    }

    /// <summary>Whether the list after the colon at <paramref name="colon"/> sets its items off by semicolons.</summary>
    private static bool SemicolonRoll(List<Token> tokens, int colon)
    {
        for (var k = colon + 1; k < tokens.Count; k++)
            if (tokens[k].Text == ";") return true;
        return false;
    }

    /// <summary>
    /// "It was signed by five people: A; B, who speaks for X; C, head of Y; and D": a roll whose items a semicolon
    /// parts may describe each name at length, a relative clause included, so the list runs to the sentence's end, and in
    /// each item the names before its relative word signed, not those the description names (the pattern: semicolons part
    /// the items of a list whose items hold commas and clauses of their own).
    /// </summary>
    private static IEnumerable<Mention> RollItems(List<Token> tokens, IReadOnlyList<Mention> persons, int colon)
    {
        var described = false;
        var p = 0;
        for (var k = colon + 1; k < tokens.Count; k++)
        {
            if (tokens[k].Text == ";") described = false;
            else if (tokens[k].Lower is "who" or "whose" or "which") described = true;
            while (p < persons.Count && persons[p].TokenStart < k) p++;
            if (!described && p < persons.Count && persons[p].TokenStart == k) yield return persons[p];
        }
    }

    /// <summary>The copula or colon that opens the list, or -1.</summary>
    private static int Marker(List<Token> tokens, IReadOnlyList<Mention> persons, int verb)
    {
        if (ColonAfterASide(tokens, persons, verb) is var sided and >= 0) return sided;
        var relative = verb > 0 && Relatives.Contains(tokens[verb - 1].Text);
        for (var k = verb + 1; k < tokens.Count && k <= verb + Reach; k++)
        {
            if (tokens[k].Text == ":") return k;
            // "those who signed were later arrested": a list opens with a name or "the"; anything else tells what befell them.
            if (relative && Copulas.Contains(tokens[k].Text))
                return k + 1 < tokens.Count && (tokens[k + 1].IsCapitalized && tokens[k + 1].IsWord || tokens[k + 1].Lower == "the") ? k : -1;
            // Another clause, a name or a document between: the verb has an object or subject of its own there.
            if (tokens[k].Text is "," or ";" or "." || persons.Any(p => p.TokenStart == k) || AgreementKinds.KindOf(tokens[k].Lower, tokens[k - 1].Lower) is not null) return -1;
        }
        return -1;
    }

    /// <summary>How far after the verb the colon after a side may stand ("put their names to the final instrument for the Kingdom of X:").</summary>
    private const int SideReach = 16;

    /// <summary>
    /// "Three envoys put their names to the final instrument for the Republic of Velmora: A, B and C", "Two envoys signed the treaty
    /// for Sarnia: A and B": a signing clause, object and all, that ends on the side it was signed for and a colon announces
    /// that side's signers in the list after the colon (the pattern: old treaty reports tell each side once and then list
    /// its plenipotentiaries). The colon, or -1: only "for [the] Capitalised words" may stand right before it, and no
    /// comma, clause end or name between the verb and that "for".
    /// </summary>
    private static int ColonAfterASide(List<Token> tokens, IReadOnlyList<Mention> persons, int verb)
    {
        for (var k = verb + 1; k < tokens.Count && k <= verb + SideReach; k++)
        {
            if (tokens[k].Text is "," or ";" or "." or ":" || persons.Any(p => p.TokenStart == k)) return -1;
            if (tokens[k].Lower != "for") continue;
            var j = k + 1;
            if (j < tokens.Count && tokens[j].Lower == "the") j++;
            var start = j;
            while (j < tokens.Count && (tokens[j].IsWord && tokens[j].IsCapitalized || tokens[j].Lower == "of" && j > start)) j++;
            return j > start && j < tokens.Count && tokens[j].Text == ":" && tokens[j - 1].IsCapitalized ? j : -1;
        }
        return -1;
    }
}
