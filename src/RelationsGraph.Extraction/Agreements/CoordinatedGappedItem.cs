using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "A signed for Norland, and B and C for Vestria": a gapped item may name a pair before its side; the name joined by "and"
/// right before the item's sided name signed too (the pattern: a delegation of two signs for one side, "B and C for Y", as
/// the item's last name does; see <see cref="GappedSigners"/>, which finds the name the side follows).
/// </summary>
internal static class CoordinatedGappedItem
{
    /// <summary>The people joined by "and" right before the sided names <paramref name="items"/> of the gapped signing at <paramref name="verb"/>.</summary>
    public static IEnumerable<Mention> Partners(List<Token> tokens, IReadOnlyList<Mention> persons, IReadOnlyList<Mention> items, int verb)
    {
        foreach (var p in items)
        {
            // "and" then only the item's title words ("and General B") between the partner and the sided name.
            var k = p.TokenStart - 1;
            while (k > verb && tokens[k].IsWord && tokens[k].IsCapitalized) k--;
            if (k <= verb + 1 || tokens[k].Lower != "and") continue;
            var partner = persons.FirstOrDefault(q => q.TokenEnd == k && q.TokenStart > verb + 1);
            if (partner is null || items.Contains(partner)) continue;
            // The partner opens the item: a comma, "and" or a semicolon before it, titles and "the" aside.
            var b = partner.TokenStart - 1;
            while (b > verb && (tokens[b].IsWord && tokens[b].IsCapitalized || tokens[b].Lower == "the")) b--;
            if (b > verb && tokens[b].Text is "," or ";" or "and") yield return partner;
        }
    }
}
