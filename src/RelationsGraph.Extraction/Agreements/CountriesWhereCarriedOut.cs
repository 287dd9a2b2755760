using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "The programme will start with projects in six countries, among them Norland and Estra", "aid to be spent across many
/// nations such as Velmar and Ostia": a country listed as an example of the countries a document is carried out in is where
/// it applies, not a side of it (the pattern: "in/across [N] countries" followed by "such as", "including", "among them",
/// "like", "notably", "namely" or a colon opens a list of places, each item of which takes the list's role).
/// </summary>
internal static class CountriesWhereCarriedOut
{
    private static readonly FrozenSet<string> CountryNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "countries", "nations", "states", "economies" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> PlacePrepositions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "in", "across", "throughout" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>How far back from the country the list may run to its opening cue.</summary>
    private const int ListReach = 40;

    public static bool At(List<Token> tokens, IReadOnlyList<Mention> mentions, Mention country)
    {
        // Walk back over the list's earlier items (country names, commas, "and") to the word that opens it.
        var k = country.TokenStart - 1;
        while (k >= 0 && k >= country.TokenStart - ListReach)
        {
            var inside = InCountry(mentions, k);
            if (inside is not null) { k = inside.TokenStart - 1; continue; }
            if (tokens[k].Text is "," || tokens[k].Lower is "and" or "the") { k--; continue; }
            break;
        }
        if (k < 1) return false;
        // The cue: "such as", "including", "among them", "like", "notably", "namely", or a colon.
        int before;
        if (tokens[k].Lower == "as" && tokens[k - 1].Lower == "such") before = k - 2;
        else if (tokens[k].Lower == "them" && tokens[k - 1].Lower == "among") before = k - 2;
        else if (tokens[k].Lower is "including" or "like" or "notably" or "namely" || tokens[k].Text == ":") before = k - 1;
        else return false;
        if (before >= 0 && tokens[before].Text == ",") before--;
        if (before < 1 || !CountryNouns.Contains(tokens[before].Text)) return false;
        // "in nine countries", "across many African nations", "in countries": the preposition a few words before the noun.
        for (var j = before - 1; j >= 0 && j >= before - 5; j--)
        {
            if (PlacePrepositions.Contains(tokens[j].Text)) return true;
            if (!tokens[j].IsWord && !tokens[j].Text.All(char.IsDigit) || tokens[j].Text is "," or ";") return false;
        }
        return false;
    }

    private static Mention? InCountry(IReadOnlyList<Mention> mentions, int k)
    {
        foreach (var m in mentions)
            if (m.Kind == MentionKind.Country && m.TokenStart <= k && k < m.TokenEnd) return m;
        return null;
    }
}
