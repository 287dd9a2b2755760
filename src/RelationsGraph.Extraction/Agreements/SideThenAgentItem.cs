using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "was signed for Ghana by A, the trade minister; for the rebels by their leader, B; and for Togo by C", "signed on behalf
/// of X by A, and on behalf of Y by B": when each item of a passive signing's agent list opens with the side it signs for,
/// every "by" after such a side opens the next agent, whether the item is joined by "and", a semicolon or a comma (the
/// pattern: parallel "for SIDE by AGENT" items of one list, each naming a signer). The side may be told by a common noun
/// after its adjective or name: "on behalf of the Kenyan side by A; on behalf of the Malian side by B", "for the Rift
/// Movement by C" (see <see cref="SideNouns"/>).
/// </summary>
internal static class SideThenAgentItem
{
    /// <summary>How many words the side's name may hold between "for" / "on behalf of" and "by".</summary>
    private const int SideReach = 10;

    /// <summary>
    /// How many words after the first "by" an item opening with its side may still stand: three items each with a side of a
    /// few words and an agent with a long title ("on behalf of the Kenyan side by A, Minister of Transport and Communications
    /// of the Republic of Kenya; ...") run past the forty words a roll of names is read to.
    /// </summary>
    public const int Reach = 80;

    /// <summary>Common nouns that name a signing side after its adjective or name: "the Kenyan side", "the Rift movement".</summary>
    private static readonly FrozenSet<string> SideNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "side", "government", "delegation", "movement", "coalition", "alliance", "opposition" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the "by" at <paramref name="by"/> follows a side phrase that opens a new item of the list.</summary>
    public static bool OpensAnItem(List<Token> tokens, int by)
    {
        if (tokens[by].Lower != "by") return false;
        for (var k = by - 1; k >= 1 && k >= by - SideReach; k--)
        {
            var t = tokens[k];
            if (t.Lower == "for" || t.Lower == "of" && k >= 2 && tokens[k - 1].Lower == "behalf" && tokens[k - 2].Lower == "on")
            {
                var opener = t.Lower == "for" ? k : k - 2;
                // The side has a name: at least one capitalised word between the opener and "by".
                if (!Enumerable.Range(k + 1, by - k - 1).Any(j => tokens[j].IsWord && tokens[j].IsCapitalized)) return false;
                return opener >= 1 && tokens[opener - 1].Text is ";" or "," || tokens[opener - 1].Lower == "and";
            }
            // The side's own name: capitalised words, "the", "of", "and" inside a name, brackets of an acronym.
            // "the Kenyan side": a side noun right before "by", after the side's adjective or name.
            if (!(t.IsWord && t.IsCapitalized || t.Lower is "the" or "of" or "and" || t.Text is "(" or ")" || k == by - 1 && SideNouns.Contains(t.Text))) return false;
        }
        return false;
    }
}
