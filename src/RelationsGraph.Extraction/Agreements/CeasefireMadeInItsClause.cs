using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "the truce that the two militias signed in May", "the ceasefire they had agreed a week earlier", "an earlier ceasefire,
/// agreed in Varo in 1994", "a ceasefire was agreed late that month": a ceasefire whose own relative clause,
/// set-off participle or passive tells that it was made is a document, told after the noun rather than before it
/// (the pattern: news recalls an earlier truce by the clause that says who made it, not by a verb governing it).
/// A wish or a state of affairs ("the truce that the envoys hope to secure", "the truce that held") has no making verb.
/// </summary>
internal static class CeasefireMadeInItsClause
{
    /// <summary>Past forms that make a ceasefire when they follow it.</summary>
    private static readonly FrozenSet<string> MadeForms = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "agreed", "signed", "reached", "struck", "sealed", "concluded", "inked", "brokered", "negotiated", "mediated" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Auxiliaries between a relative clause's subject and its verb, or of a passive.</summary>
    private static readonly FrozenSet<string> Auxiliaries = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "had", "has", "have", "was", "were", "been", "first", "jointly", "finally", "eventually" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Pronoun subjects of a contact clause ("the truce they signed").</summary>
    private static readonly FrozenSet<string> Pronouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "they", "he", "she", "we", "both", "it" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Prepositions of a short phrase that may stand between the noun and its clause ("a ceasefire for the east, agreed ...").</summary>
    private static readonly FrozenSet<string> Prepositions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "for", "in", "on", "along", "across", "between", "with", "around" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool At(List<Token> tokens, int noun) => At(tokens, noun, out _);

    /// <param name="verb">The making verb of the clause; what stands between the noun and it is the clause's subject, if any.</param>
    public static bool At(List<Token> tokens, int noun, out int verb)
    {
        verb = -1;
        var k = noun + 1;
        // "a ceasefire for the northern hills, negotiated ...": a short place or party phrase before a set-off participle.
        if (k < tokens.Count && Prepositions.Contains(tokens[k].Text))
        {
            var end = k + 1;
            while (end < tokens.Count && end <= k + 6 && tokens[end].IsWord && !MadeForms.Contains(tokens[end].Text)) end++;
            if (end < tokens.Count && tokens[end].Text == ",") k = end;
        }
        if (k >= tokens.Count) return false;
        // ", agreed in Varo in 1994": a participle set off by a comma.
        if (tokens[k].Text == ",") return k + 1 < tokens.Count && MadeForms.Contains(tokens[k + 1].Text) && (verb = k + 1) > 0;
        // "a ceasefire was agreed", "the truce had been signed": a passive of making.
        if (tokens[k].Lower is "was" or "were" or "had" or "has")
        {
            var v = k + 1;
            if (v < tokens.Count && tokens[v].Lower == "been") v++;
            return v < tokens.Count && MadeForms.Contains(tokens[v].Text) && (verb = v) > 0;
        }
        // "the truce that X and Y signed", "the ceasefire they had agreed": a relative clause whose verb makes it.
        var relative = tokens[k].Lower is "that" or "which";
        if (relative) k++;
        var subject = 0;
        for (; k < tokens.Count && subject <= 6; k++, subject++)
        {
            var t = tokens[k];
            if (MadeForms.Contains(t.Text)) return subject > 0 && (verb = k) > 0;
            if (!t.IsWord && t.Text != "-" && t.Text != "'s") return false;
            if (subject > 0 && Auxiliaries.Contains(t.Text)) continue;
            // Without "that", the clause's subject is a name or a pronoun ("the ceasefire the rebels signed" needs "the" then a name-like word).
            if (!relative && subject == 0 && !(t.IsCapitalized || Pronouns.Contains(t.Text) || t.Lower == "the")) return false;
            // Any other verb ends the clause without making it: "the truce that held", "that the envoys hope to secure".
            if (t.Lower is "to" or "will" or "would" or "could" or "should" or "may" or "might" or "must" or "not" or "never") return false;
            if (!t.IsCapitalized && t.Lower.EndsWith("ed", StringComparison.Ordinal) && !IsAdjective(t.Lower)) return false;
        }
        return false;
    }

    /// <summary>"armed", "united", "so-called": -ed words that qualify the subject rather than act as its verb.</summary>
    private static bool IsAdjective(string lower) => lower is "armed" or "united" or "allied" or "related" or "so-called" or "elected" or "exiled";
}
