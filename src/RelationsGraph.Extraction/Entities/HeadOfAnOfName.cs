using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "at the Arch of Mourning", "to the Government of Ardenia", "at the Battle of Kessel": an unknown name of one or two
/// words after a locative that goes on at once with "of" and a capitalised word is only the head of a longer name (a
/// memorial, a body, an event) whose "of" part was read apart; the head alone names no place (pattern: English names built
/// as "Head of Name"). A room of a building ("the East Room of the Residence", "the Clock Room of the ministry") is the
/// exception: it is a venue in its own right, the room where the thing happened.
/// </summary>
internal static class HeadOfAnOfName
{
    private static readonly HashSet<string> Rooms = new(StringComparer.Ordinal) { "Room", "Gallery", "Hall", "Salon", "Chamber", "Suite", "Library", "Wing" };

    /// <summary>True when the token at <paramref name="end"/> is "of" and a capitalised word follows it (after "the" at most).</summary>
    public static bool Heads(IReadOnlyList<Token> tokens, IReadOnlyList<string> words, int end)
    {
        if (words.Count > 2 || Rooms.Contains(words[^1]) || end + 1 >= tokens.Count || tokens[end].Text != "of") return false;
        var next = tokens[end + 1].Lower == "the" && end + 2 < tokens.Count ? tokens[end + 2] : tokens[end + 1];
        return next.IsCapitalized;
    }
}
