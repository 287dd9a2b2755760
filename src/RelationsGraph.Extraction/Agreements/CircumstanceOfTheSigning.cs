using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "signed at the invitation of the Ruritanian premier", "under the auspices of X", "in the presence of Osk's prime minister,
/// the envoy and the Ruritanian president", "with the Ruritanian president looking on", "as the Ruritanian foreign minister
/// stood behind them": a country named inside an adjunct of circumstance of the signing (who invited, under whose aegis,
/// before whom, who looked on) is a host or a witness, not a side (the pattern: the sides of a signing are its subject, its
/// agent or its "between"/"with" complement; a circumstance phrase names people around the act). The role noun may open a
/// list of names whose last item holds the country; the role verb may follow the witness's title, name and an aside.
/// </summary>
internal static class CircumstanceOfTheSigning
{
    /// <summary>Nouns that make their "of" object the inviter or patron of the act, not a side of it.</summary>
    private static readonly FrozenSet<string> PatronNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "invitation", "auspices", "aegis", "presence" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words a list of office-holders is made of between the role noun and the country (besides capitalised words).</summary>
    private static readonly FrozenSet<string> ListWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "the", "then", "former", "and", "of", "its", "their", "his", "her", ",", "'s", "’s" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The longest aside set off by commas after the witness's name, in tokens.</summary>
    private const int LongestAside = 16;

    /// <summary>Whether the country is named in a circumstance phrase of patronage or of looking on.</summary>
    public static bool At(List<Token> tokens, Mention country) => AfterPatronNoun(tokens, country) || BeforeLookingOn(tokens, country.TokenEnd);

    /// <summary>"at the invitation of the Ruritanian premier", "in the presence of A, B and the Ruritanian president": a patron noun, "of", then a list of office-holders.</summary>
    private static bool AfterPatronNoun(List<Token> tokens, Mention country)
    {
        var start = country.TokenStart;
        // Past a comma only as the last item of a list ("A, B and the Ruritanian president"), and only where the country
        // qualifies an office-holder named after it: "in the presence of X, Ruritania signed" is a new clause.
        var qualifiesAPerson = country.TokenEnd < tokens.Count && tokens[country.TokenEnd].IsWord && tokens[country.TokenEnd].IsCapitalized;
        var sawAnd = false;
        for (var k = start - 1; k >= 1 && k >= start - 20; k--)
        {
            var t = tokens[k];
            if (t.Lower == "of" && PatronNouns.Contains(tokens[k - 1].Text)) return true;
            if (t.Lower == "and") sawAnd = true;
            if (t.Text == "," && !(sawAnd && qualifiesAPerson)) return false;
            // "President von der Leyen": the particles inside a name.
            if (!(t.IsWord && t.IsCapitalized || ListWords.Contains(t.Text) || Lexicon.NameConnectors.Contains(t.Text))) return false;
        }
        return false;
    }

    /// <summary>"with the Ruritanian president, Ana Ruiz, looking on", "as the Ruritanian minister stood behind them": the title and name, an aside, then a verb of looking on.</summary>
    private static bool BeforeLookingOn(List<Token> tokens, int end)
    {
        // Only a country that qualifies its witness ("the Ruritanian president", "Ruritania's envoy"): countries looking on
        // by themselves ("as A, B and C looked on") may be the members of a grouping that signed.
        if (end >= tokens.Count || !(tokens[end].IsWord && tokens[end].IsCapitalized || tokens[end].Text is "'s" or "’s")) return false;
        var k = end;
        while (k < tokens.Count && k < end + 12 && (tokens[k].IsWord || tokens[k].Text is "'s" or "’s") && (tokens[k].IsCapitalized || tokens[k].Lower is "of" or "the" or "and" or "'s" or "’s")) k++;
        if (k < tokens.Count && tokens[k].Text == ",")
        {
            var close = k + 1;
            while (close < tokens.Count && close <= k + LongestAside && tokens[close].Text is not ("," or ";" or ":" or "." or "?" or "!")) close++;
            if (close >= tokens.Count || tokens[close].Text != ",") return false;
            k = close + 1;
        }
        if (k < tokens.Count && tokens[k].Lower is "also" or "all" or "both") k++;
        if (k + 1 >= tokens.Count) return false;
        var verb = tokens[k].Lower;
        var next = tokens[k + 1].Lower;
        return verb is "looking" or "looked" or "look" or "looks" && next == "on"
               || verb is "stood" or "standing" or "stand" or "stands" && next is "behind" or "beside"
               || verb is "watching" or "watched" or "watch" or "watches" && next is "on" or "as" or "from";
    }
}
