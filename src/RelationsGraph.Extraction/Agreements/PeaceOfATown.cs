using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "the Peace of Westphalia", "the Truce of Deulino", "the Peace of the Pyrenees": histories, anniversary pieces and
/// commentary name a treaty by a capitalised "Peace" or "Truce" and "of" the town (or land) where it was made, as they
/// write "the Treaty of X" (the pattern: a peace or truce titled after its place is one document). The lower-case noun
/// ("peace", "a truce") is a state of affairs, and a truce needs a verb of agreeing (see <see cref="CeasefireAgreed"/>);
/// only the title form is admitted here: the capitalised noun, then "of", an optional "the" and a capitalised name.
/// "the Peace of Mind ..." in a headline set all in capitals is left to the title's own test.
/// </summary>
internal static class PeaceOfATown
{
    /// <summary>Whether the noun at <paramref name="i"/> heads a title "Peace of X" or "Truce of X".</summary>
    public static bool At(List<Token> tokens, int i)
    {
        if (tokens[i].Text is not ("Peace" or "Truce") || i + 2 >= tokens.Count || tokens[i + 1].Text != "of") return false;
        var k = i + 2;
        if (tokens[k].Text == "the" && k + 1 < tokens.Count) k++;
        return tokens[k].IsCapitalized && tokens[k].IsWord && !Months.IsMonthOrWeekday(tokens[k].Text);
    }

    /// <summary>The kind of the titled document: a truce keeps the ceasefire family, a peace is a treaty.</summary>
    public static string KindOf(Token noun) => noun.Text == "Truce" ? "ceasefire" : "treaty";
}
