using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "King Abdullah II of Jordan", "Queen Rania of Jordan", "Prince Eugene of Savoy", "Philip II of Spain": a sovereign, a prince or
/// a prelate named by a style or a regnal numeral is written with the realm or see after "of", and that longer form is how other
/// reports (and histories) name the person, as the bare given name does not identify them (pattern: royals and princes styled
/// "Name of Realm"). The form with the realm, with and without the style, is kept among the person's names; a single given name
/// so styled ("Prince Eugene of Savoy") is a person even though one word alone is not, and the realm is no person of its own.
/// </summary>
internal static class NameWithItsRealm
{
    public const string Rule = "; a styled name with its realm (Prince X of Y)";

    /// <summary>
    /// The realm written right after the mention ("of" and one capitalised word, hyphened parts and all: "of Holstein-Gottorp"),
    /// or null when the mention is no styled or numbered name, or "of" is followed by anything else ("of the Netherlands" is left
    /// alone, as is a realm of several words that may be a body's name).
    /// </summary>
    public static string? Realm(Mention m)
    {
        if (m.Kind != MentionKind.Person || m.IsNominal) return null;
        // The realm after the name is tested first: it is two token reads, and most names have none (the style tests build strings).
        var tokens = m.Sentence.Tokens;
        var of = m.TokenEnd;
        if (of + 1 >= tokens.Count || tokens[of].Text != "of" || !IsRealmWord(tokens[of + 1])) return null;
        if (!(StyleBefore(m) is not null || OpensWithStyle(m.Surface) || EndsWithRegnalNumeral(m.Surface))) return null;
        var end = of + 2;
        // "Holstein-Gottorp", "Anhalt-Dessau": the parts of a double name joined by a hyphen with no space.
        while (end + 1 < tokens.Count && tokens[end].Text == "-" && tokens[end].Start == tokens[end - 1].End && IsRealmWord(tokens[end + 1])) end += 2;
        if (end < tokens.Count && tokens[end].IsWord && tokens[end].IsCapitalized) return null;
        return m.Sentence.Text[tokens[of + 1].Start..tokens[end - 1].End];
    }

    /// <summary>The names the realm adds: "Joseph I of Portugal" and, with the style written before, "King Joseph I of Portugal".</summary>
    public static IEnumerable<string> Forms(Mention m)
    {
        if (Realm(m) is not { } realm) yield break;
        yield return $"{m.Surface} of {realm}";
        if (StyleBefore(m) is { } style) yield return $"{style} {m.Surface} of {realm}";
    }

    /// <summary>
    /// "Prince Eugene of Savoy": a single given name after a style, with its realm, is a person's name (the whole styled form is
    /// its name); a person read from the realm's word ("Savoy") is dropped.
    /// </summary>
    public static void Apply(List<Mention> mentions)
    {
        for (var k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            if (m.Kind != MentionKind.Person || m.IsNominal || m.Canonical is not null || m.Title is not null || m.Surface.Contains(' ')) continue;
            if (StyleBefore(m) is not { } style || Realm(m) is not { } realm) continue;
            m.Canonical = $"{style} {m.Surface} of {realm}";
            m.HasPersonEvidence = true;
            m.Rule += Rule;
            mentions.RemoveAll(x => x.Kind == MentionKind.Person && x.TokenStart == m.TokenEnd + 1 && x.Canonical is null && x.Title is null && !x.Surface.Contains(' '));
        }
    }

    private static string? StyleBefore(Mention m) =>
        RoyalStyle.Of(m) is { } styled && styled.EndsWith(m.Surface, StringComparison.Ordinal) ? styled[..^(m.Surface.Length + 1)] : null;

    private static bool OpensWithStyle(string surface) => surface.IndexOf(' ') is var space and > 0 && RoyalStyle.IsStyle(surface[..space]);

    /// <summary>"Joseph I", "Frederick IV": a name of two words or more closed by a Roman numeral in capitals.</summary>
    private static bool EndsWithRegnalNumeral(string surface) =>
        surface.LastIndexOf(' ') is var space and > 0 && RegnalNumeral.Is(surface[(space + 1)..]);

    private static bool IsRealmWord(Token t) => t.IsWord && t.IsCapitalized && t.Text.Length >= 2 && t.Text.Skip(1).Any(char.IsLower);
}
