using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "signed at Seri Perdana, the official residence of the prime minister", "met at Bellevue, the president's
/// guest house": a name after a locative that an apposition calls a residence, palace or seat is a venue, even when
/// its first word reads as an honorific or the name has no place suffix (pattern: a venue explained in apposition).
/// </summary>
internal static class VenueApposition
{
    public const string Rule = "name after a locative explained in apposition as a residence or seat";

    private static readonly FrozenSet<string> VenueNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "residence", "palace", "guesthouse", "seat", "compound", "headquarters", "hotel", "retreat", "mansion", "villa", "castle", "estate",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>How many words may qualify the venue noun ("the official", "the colonial-era presidential").</summary>
    private const int MaxQualifiers = 3;

    /// <summary>True when the tokens from <paramref name="comma"/> read ", the/his/X's [qualifiers] residence".</summary>
    public static bool Follows(List<Token> tokens, int comma)
    {
        if (comma >= tokens.Count || tokens[comma].Text != ",") return false;
        var i = comma + 1;
        if (i < tokens.Count && tokens[i].Lower is "the" or "a" or "an" or "his" or "her" or "its" or "their") i++;
        // "Anwar's official residence": an owner's possessive stands where the article would.
        else if (i + 1 < tokens.Count && tokens[i].IsCapitalized && tokens[i + 1].Text is "'s" or "’s") i += 2;
        else return false;
        for (var q = 0; q <= MaxQualifiers && i < tokens.Count && tokens[i].IsWord && !tokens[i].IsCapitalized; q++, i++)
        {
            if (i + 1 < tokens.Count && tokens[i + 1].Text is "'s" or "’s") i++; // "the president's guest house"
            else if (i + 1 < tokens.Count && tokens[i + 1].Text == "-") i += 2; // "the colonial-era palace"
            if (i >= tokens.Count) break;
            if (VenueNouns.Contains(tokens[i].Text)) return true;
            if (tokens[i].Lower == "guest" && i + 1 < tokens.Count && tokens[i + 1].Lower == "house") return true; // "the presidential guest house"
        }
        return false;
    }
}
