using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "the Helsinki Final Act", "the Founding Act on Mutual Relations ...", "signed the Presidential Act of Brasilia": a
/// capitalised Act is a diplomatic instrument when its title has the shape diplomats give one (a Final, Founding or
/// Constitutive Act, or an Act of a place); "the Inflation Reduction Act" or "an Act of Parliament" is a law, and a
/// lower-case "act" ("an act of aggression") is never a document (the pattern: a general noun is a document only in a
/// title of the document's own shape). Kept out of <see cref="AgreementKinds"/> so other stages do not see every act.
/// </summary>
internal static class DiplomaticActTitle
{
    private static readonly FrozenSet<string> InstrumentWords = new HashSet<string>(StringComparer.Ordinal) { "Final", "Founding", "Constitutive" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"an Act of Parliament", "an Act of Congress": the legislature that passed a law.</summary>
    private static readonly FrozenSet<string> Legislatures = new HashSet<string>(StringComparer.Ordinal)
        { "Parliament", "Congress", "Assembly", "Legislature", "Union", "State", "God", "War" }.ToFrozenSet(StringComparer.Ordinal);

    /// <param name="titled">The noun stands in a capitalised title of two words or more.</param>
    public static bool At(List<Token> tokens, int noun, bool titled)
    {
        if (tokens[noun].Text != "Act" || !titled) return false;
        if (noun > 0 && InstrumentWords.Contains(tokens[noun - 1].Text)) return true;
        // "the Presidential Act of Brasilia", "the Act of Chapultepec": an Act named after the place it was made.
        if (noun + 2 >= tokens.Count || tokens[noun + 1].Lower != "of") return false;
        var place = tokens[noun + 2].Text == "the" && noun + 3 < tokens.Count ? tokens[noun + 3] : tokens[noun + 2];
        return place.IsCapitalized && place.IsWord && !Legislatures.Contains(place.Text);
    }

    /// <summary>
    /// "the Almaty Act", "signed the Velo Act": an Act titled by the city it was made in and nothing else is a diplomatic
    /// instrument, as "the Act of Velo" is; a law is titled by its subject ("the Clean Air Act") or its country ("the Canada
    /// Act"), so only a place that is no country counts (the pattern: summits name their founding text after the host city).
    /// </summary>
    /// <param name="cityTitle">Whether the capitalised words before the noun are all one place's name, no country.</param>
    public static bool OfACity(List<Token> tokens, int noun, bool cityTitle) =>
        tokens[noun].Text == "Act" && cityTitle && !(noun + 1 < tokens.Count && tokens[noun + 1].Lower == "of");

    /// <summary>Whether a reference's noun is an Act (for the trace).</summary>
    public static bool Names(AgreementMention m) => m.Sentence.Tokens[m.TokenEnd - 1].Text == "Act";
}
