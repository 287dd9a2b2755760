using System.Collections.Frozen;
using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "the 1974 Franco-Tunisian convention", "the Sino-Soviet treaty", "an Indo-Bangladesh accord", "the Saudi-Pakistani pact": a
/// hyphenated compound of national adjectives, combining forms or country names modifying the document names its sides
/// outright, as "between A and B" does (the pattern: news calls a bilateral document after its two states this way). A
/// combining form ("Franco", "Sino", "Anglo") counts only as a member of such a compound; alone it is a name ("Mr Franco").
/// </summary>
internal static class HyphenatedSides
{
    /// <summary>Combining forms of the states they stand for, as written before the hyphen.</summary>
    private static readonly FrozenDictionary<string, string> CombiningForms = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Franco"] = "fr", ["Sino"] = "cn", ["Anglo"] = "gb", ["Russo"] = "ru", ["Indo"] = "in", ["Italo"] = "it", ["Germano"] = "de",
        ["Hispano"] = "es", ["Luso"] = "pt", ["Nippo"] = "jp", ["Turco"] = "tr", ["Greco"] = "gr", ["Austro"] = "at", ["Belgo"] = "be",
        ["Dano"] = "dk", ["Polono"] = "pl", ["Serbo"] = "rs", ["Swedo"] = "se",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// The country ids of the hyphenated compound between <paramref name="start"/> and the document's noun, when every member
    /// names a state and they are at least two distinct states; otherwise none.
    /// </summary>
    public static IReadOnlyList<string> Before(List<Token> tokens, IReadOnlyList<Mention> mentions, int start, int noun)
    {
        for (var k = Math.Max(0, start); k + 2 < noun; k++)
        {
            if (k > 0 && IsHyphen(tokens[k - 1])) continue;
            if (Member(tokens, mentions, k, noun) is not { } first || first.End + 1 >= noun || !IsHyphen(tokens[first.End])) continue;
            var sides = new List<string> { first.Country };
            var at = first.End;
            while (at + 1 < noun && IsHyphen(tokens[at]) && Member(tokens, mentions, at + 1, noun) is { } next)
            {
                sides.Add(next.Country);
                at = next.End;
            }
            // "Indo-Pacific strategy": every member must name a state, so a compound broken off by a word that names none counts for nothing.
            if (at + 1 < noun && IsHyphen(tokens[at])) return [];
            return sides.Count >= 2 && sides.Distinct().Count() == sides.Count ? sides : [];
        }
        return [];
    }

    private static bool IsHyphen(Token t) => t.Text is "-" or "–" or "‑";

    /// <summary>The state a compound's member at <paramref name="k"/> names, and the token after it: a combining form or a country mention starting there.</summary>
    private static (string Country, int End)? Member(List<Token> tokens, IReadOnlyList<Mention> mentions, int k, int noun)
    {
        if (CombiningForms.TryGetValue(tokens[k].Text, out var iso) && k + 1 < noun && IsHyphen(tokens[k + 1])) return (EntityRegistry.CountryId(iso), k + 1);
        var mention = mentions.FirstOrDefault(m => m.Kind == MentionKind.Country && m.EntityId is not null && m.TokenStart == k && m.TokenEnd <= noun);
        return mention is null ? null : (mention.EntityId!, mention.TokenEnd);
    }
}
