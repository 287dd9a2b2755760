using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "The two presidents inaugurated the new port on Thursday", "before leaving he will inaugurate the bridge": leaders opening a
/// work in person hold a ceremony of its own (pattern: the active verb "inaugurate" with its object is the inauguration rite, as
/// the noun "inauguration" is). Not the passive ("the centre will be inaugurated", "X, inaugurated as president in May"), which
/// tells no one doing it.
/// </summary>
internal static class InaugurationAct
{
    internal static readonly FrozenSet<string> Verbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "inaugurated", "inaugurate", "inaugurates", "inaugurating" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Passive = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "be", "been", "being", "was", "were", "is", "are", "formally", "officially", "newly", "recently", "duly" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool IsAt(List<Token> tokens, int i)
    {
        if (!Verbs.Contains(tokens[i].Text) || i == 0 || i + 1 >= tokens.Count) return false;
        if (Passive.Contains(tokens[i - 1].Text) || tokens[i - 1].Text == ",") return false;
        // "inaugurated as president": an office taken, not a work opened.
        var next = tokens[i + 1];
        if (next.Lower is "as" or "in" or "on" or "at" or "by" or ".") return false;
        return next.Lower is "the" or "a" or "an" or "their" or "its" or "his" or "her" || next.IsCapitalized;
    }
}
