using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "Pierre Mbala wa Mbala", "Joseph Kasa dia Kasa": a name repeated around a short lower-case particle ("son of", "of
/// the house of") is one surname (pattern: the reduplicated family name of Central African and other naming traditions). The
/// particle joins the name like "de" or "bin" does; English function words ("day to day", "side by side") never join.
/// </summary>
internal static class ReduplicatedName
{
    /// <summary>True when token <paramref name="i"/> is a short lower-case word between the same capitalised name twice.</summary>
    public static bool IsParticle(List<Token> tokens, int i)
    {
        var t = tokens[i];
        if (t.Text.Length is < 2 or > 3 || t.IsCapitalized || !t.IsWord || i == 0 || i + 1 >= tokens.Count) return false;
        var before = tokens[i - 1];
        return before.IsCapitalized && before.Text.Length > 2 && before.Text == tokens[i + 1].Text && !Lexicon.NotNames.Contains(t.Text) &&
               !Lexicon.NameConnectors.Contains(t.Text);
    }
}
