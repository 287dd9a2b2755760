using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "With him were A and B", "With her was C", "Also with them sat D": a sentence that opens on the company of the person
/// just told, the people after the verb, names those who came or sat with that person at the gathering under discussion
/// (pattern: fronted "with" + pronoun + copula or verb of arriving or sitting, the subject inverted after it).
/// </summary>
internal static class FrontedCompany
{
    private static readonly FrozenSet<string> Verbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "were", "was", "came", "sat", "stood", "travelled", "traveled" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>True at the opening "with" ("Also with" too) when a personal pronoun and one of the verbs follow it.</summary>
    public static bool IsAt(List<Token> tokens, int i)
    {
        if (tokens[i].Lower != "with" || !(i == 0 || i == 1 && tokens[0].Lower == "also")) return false;
        return i + 3 < tokens.Count && tokens[i + 1].Lower is "him" or "her" or "them" && Verbs.Contains(tokens[i + 2].Text) &&
               tokens[i + 3].IsWord;
    }
}
