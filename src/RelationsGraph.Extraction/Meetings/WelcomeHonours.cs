using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "A ceremonial welcome on the lawns", "was given a guard of honour", "a 21-gun salute", "military honours", "laid a wreath":
/// the formal welcome and the homage of a state visit are ceremonies of their own, each one event of the visit's programme
/// (pattern: the welcome ceremony and the wreath-laying told by their nouns, not by the word "ceremony").
/// "Welcome" alone is mostly a verb or an adjective ("welcome news"), so it counts only after a word that makes it the formal act.
/// </summary>
internal static class WelcomeHonours
{
    private static readonly FrozenSet<string> FormalWelcome = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "ceremonial", "official", "formal", "state", "traditional", "military", "red-carpet" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The number of tokens the ceremony's words take at <paramref name="i"/>, or 0 when none start there.</summary>
    public static int LengthAt(List<Token> tokens, int i)
    {
        var word = tokens[i].Lower;
        var previous = i > 0 ? tokens[i - 1].Lower : "";
        var next = i + 1 < tokens.Count ? tokens[i + 1].Lower : "";
        if (word == "welcome" && FormalWelcome.Contains(previous)) return 1;
        // "a guard of honour", "the honour guard"
        if (word == "guard" && next == "of" && i + 2 < tokens.Count && tokens[i + 2].Lower is "honour" or "honor") return 3;
        if (word is "honour" or "honor" && next == "guard") return 2;
        // "military honours" received on arrival
        if (word is "honours" or "honors" && previous == "military") return 1;
        // "a 21-gun salute"
        if (word == "salute" && previous.EndsWith("gun", StringComparison.Ordinal)) return 1;
        // "laid a wreath", "the wreath-laying"
        if (word is "wreath" or "wreath-laying" or "wreaths") return 1;
        return 0;
    }
}
