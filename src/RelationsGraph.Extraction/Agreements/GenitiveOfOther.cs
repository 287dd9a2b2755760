using System.Collections.Frozen;
using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "the reconstruction of Varnia", "after the occupation of Lestria and Morvania": a country written as the "of" genitive of a
/// common noun that is not a document belongs to that noun, just as "Varnia's reconstruction" does (see the possessive rule of
/// <see cref="AgreementMentionFinder"/>), so it is no side of a document the sentence names (the pattern: the two genitives of
/// English say the same thing). The "of" genitive of people or a body acting for the country ("the foreign ministers of Lestria
/// and Morvania signed", "on behalf of Varnia") names the side they act for, and is kept.
/// </summary>
internal static class GenitiveOfOther
{
    public static bool At(List<Token> tokens, IReadOnlyList<Mention> mentions, Mention country)
    {
        // Back over the coordinated countries before it: "of Lestria, Morvania and Varnia".
        var k = country.TokenStart - 1;
        while (k >= 0)
        {
            if (tokens[k].Text is "," || tokens[k].Lower is "and" or "the") { k--; continue; }
            if (tokens[k].Lower == "of" || !tokens[k].IsCapitalized) break;
            var start = CountryEndingAt(mentions, k + 1);
            if (start < 0) break;
            k = start - 1;
        }
        if (k < 1 || tokens[k].Lower != "of") return false;
        var noun = tokens[k - 1];
        return noun.IsWord && !noun.IsCapitalized && AgreementKinds.KindOf(noun.Lower, null) is null && !ActsFor(noun.Lower);
    }

    /// <summary>Where the country mention ending at <paramref name="end"/> starts, or -1 (a loop: no closure per word).</summary>
    private static int CountryEndingAt(IReadOnlyList<Mention> mentions, int end)
    {
        for (var i = 0; i < mentions.Count; i++)
            if (mentions[i].Kind == MentionKind.Country && mentions[i].TokenEnd == end && mentions[i].TokenStart < end) return mentions[i].TokenStart;
        return -1;
    }

    /// <summary>People or a body that act for a country: the person nouns, singular or plural, and a few nouns of a state's organs.</summary>
    private static bool ActsFor(string noun)
    {
        var singular = noun.EndsWith('s') ? noun[..^1] : noun;
        return Lexicon.PersonNouns.Contains(noun) || Lexicon.PersonNouns.Contains(singular) || BodyNouns.Contains(noun) || BodyNouns.Contains(singular);
    }

    private static readonly FrozenSet<string> BodyNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "behalf", "government", "delegation", "people", "peoples", "side", "state", "parliament", "authorities", "operator", "company",
        "party", "administration", "cabinet", "ministry", "foreign",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
