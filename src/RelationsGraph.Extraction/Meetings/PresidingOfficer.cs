using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "X, the foreign minister, presided.", "Y presided, and Z signed for the other side", "with W presiding": whoever presides
/// is in the room of the gathering under discussion, so a presiding verb that ends its clause, with nothing presided over
/// named after it, is attendance of that gathering (pattern: the chair of a sitting told by a bare "presided"). "presided
/// over the commission" names an office held and "presided over the summit" the summit's own reference, so any object
/// leaves the verb to the other rules.
/// </summary>
internal static class PresidingOfficer
{
    /// <summary>The verb's forms.</summary>
    public static readonly FrozenSet<string> Verbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "presided", "presiding", "presides" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>True at a presiding verb that ends its clause: "presided.", "presided, and …", "with X presiding", "presided as host".</summary>
    public static bool IsAt(List<Token> tokens, int i)
    {
        if (!Verbs.Contains(tokens[i].Text)) return false;
        if (i + 1 >= tokens.Count) return true;
        var next = tokens[i + 1];
        if (!next.IsWord) return next.Text is "." or "," or ";" or ":" or ")" or "—" or "–";
        return next.Lower is "and" or "as";
    }
}
