using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// A parenthesised list of countries names the members of the noun right before it (the pattern: an aside in brackets
/// describes what it follows). "the founding Ostrel Pact signatories (Norland, Valdoria and Estra)": an aside after the
/// document or after its members' noun is its own roll of sides, so the sentence's other countries ("the applicant
/// countries (Tarvia, Belmar)") are no sides of it. "in the Harbour League (which also takes in Tarvia and Belmar), in
/// the Ostrel Pact": an aside after a named body lists that body's members, not the sides of a document the sentence
/// only refers to; a document the sentence makes keeps them ("the members of the League (A, B) signed the pact").
/// </summary>
internal static class CountriesInAnAside
{
    /// <summary>Nouns for those a document binds: "the pact's signatories (A, B)", "the treaty states (A, B)".</summary>
    private static readonly FrozenSet<string> MemberNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "signatories", "signatory", "members", "parties", "partners", "countries", "states", "nations", "economies" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>How far a bracket may stand from the country it holds.</summary>
    private const int Reach = 40;

    /// <summary>
    /// Whether the country is no side of the document whose phrase spans <paramref name="documentStart"/> to
    /// <paramref name="documentEnd"/> (exclusive): the sentence gives the document's own roll in brackets and the country
    /// is outside it, or the country stands in the bracketed aside of a named body and the sentence does not make the document.
    /// </summary>
    public static bool Excludes(List<Token> tokens, IReadOnlyList<Mention> mentions, Mention country, int documentStart, int documentEnd, bool made)
    {
        if (RollOf(tokens, mentions, documentEnd) is { } roll)
            return !(country.TokenStart > roll.Open && country.TokenEnd <= roll.Close);
        if (made || Around(tokens, country.TokenStart, country.TokenEnd) is not { } aside) return false;
        var head = aside.Open - 1;
        if (head >= documentStart && head < documentEnd) return false;
        return mentions.Any(m => m.Kind == MentionKind.Organization && m.TokenEnd - 1 == head);
    }

    /// <summary>The brackets right after the document's phrase or its members' noun, when they hold a bare list of two countries or more.</summary>
    private static (int Open, int Close)? RollOf(List<Token> tokens, IReadOnlyList<Mention> mentions, int documentEnd)
    {
        var open = documentEnd;
        if (open < tokens.Count && MemberNouns.Contains(tokens[open].Text)) open++;
        if (open >= tokens.Count || tokens[open].Text != "(") return null;
        for (var k = open + 1; k < tokens.Count && k <= open + Reach; k++)
        {
            if (tokens[k].Text == "(") return null;
            if (tokens[k].Text != ")") continue;
            var close = k;
            // A roll is a bare list of at least two states: "the Treaty of Ouchy (Switzerland)" names a place in brackets, and
            // "the accord (with A and B as witnesses)" tells others' part in it, not its sides.
            var inside = mentions.Where(m => m.Kind == MentionKind.Country && m.EntityId is not null && m.TokenStart > open && m.TokenEnd <= close).ToList();
            if (inside.Select(m => m.EntityId).Distinct().Count() < 2) return null;
            for (var j = open + 1; j < close; j++)
                if (!inside.Any(m => j >= m.TokenStart && j < m.TokenEnd) && tokens[j].Lower is not ("," or "and" or "the")) return null;
            return (open, close);
        }
        return null;
    }

    /// <summary>The brackets enclosing the span, when it stands inside one pair.</summary>
    private static (int Open, int Close)? Around(List<Token> tokens, int start, int end)
    {
        var open = -1;
        for (var k = start - 1; k >= 0 && k >= start - Reach; k--)
        {
            if (tokens[k].Text == ")") return null;
            if (tokens[k].Text == "(") { open = k; break; }
        }
        if (open < 0) return null;
        for (var k = end; k < tokens.Count && k <= end + Reach; k++)
        {
            if (tokens[k].Text == "(") return null;
            if (tokens[k].Text == ")") return (open, k);
        }
        return null;
    }
}
