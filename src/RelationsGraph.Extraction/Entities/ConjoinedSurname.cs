using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "Tomás Orvieda y Lanz", "Joaquim Belmonte e Souto": Spanish "y" and Portuguese "e" join a person's two family names into one
/// name (pattern: Iberian double surnames written with their conjunction). Only a lower-case "y"/"e" with a name word on either
/// side and a given name or particle before the first family name joins, so that a list that opens with the conjunction's left
/// word ("the A y B treaty") stays as it is.
/// </summary>
internal static class ConjoinedSurname
{
    /// <summary>True when token <paramref name="i"/> is the "y"/"e" between two family names of one person.</summary>
    public static bool IsConjunction(List<Token> tokens, int i)
    {
        if (tokens[i].Text is not ("y" or "e") || i < 2 || i + 1 >= tokens.Count) return false;
        var before = tokens[i - 2];
        return IsNameWord(tokens[i - 1]) && IsNameWord(tokens[i + 1]) &&
               (IsNameWord(before) && !Lexicon.NotNames.Contains(before.Text) || !before.IsCapitalized && Lexicon.NameConnectors.Contains(before.Text) && before.Text != "and");
    }

    private static bool IsNameWord(Token t) => t.IsWord && t.IsCapitalized && t.Text.Length > 1 && t.Text.Any(char.IsLower);
}
