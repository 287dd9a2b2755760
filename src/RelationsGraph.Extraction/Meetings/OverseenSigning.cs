using System.Collections.Frozen;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "The two presidents then oversaw the signing of a dozen accords", "the premiers presided over the signing of nine
/// memorandums": visit coverage tells the leaders' part in a package's signing with a verb of overseeing or presiding, and
/// those who oversee a signing are at that signing, as those who "witnessed the signing" are (pattern: "oversaw / presided
/// over the signing of" + documents, the signing ceremony of a state visit). True at the verb; the signing stands right
/// after it (after "over" for the presiding verbs), so "presided over the summit" or "oversaw the talks" are left alone.
/// </summary>
internal static class OverseenSigning
{
    private static readonly FrozenSet<string> Overseeing = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "oversaw", "oversee", "oversees", "overseeing", "overseen" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Presiding = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "presided", "preside", "presides", "presiding" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Where the signing the verb at <paramref name="verb"/> oversees stands, or null.</summary>
    public static int? ActAt(List<Token> tokens, int verb)
    {
        var k = verb + 1;
        if (Presiding.Contains(tokens[verb].Text))
        {
            if (k >= tokens.Count || tokens[k].Lower != "over") return null;
            k++;
        }
        else if (!Overseeing.Contains(tokens[verb].Text)) return null;
        if (k < tokens.Count && tokens[k].Lower is "the" or "a") k++;
        return k < tokens.Count && tokens[k].Lower is "signing" or "signings" ? k : null;
    }

    public static bool IsAt(List<Token> tokens, int verb) => ActAt(tokens, verb) is not null;

    /// <summary>The verbs the rule starts at, for <see cref="RuleAnchors"/>.</summary>
    public static IEnumerable<string> Verbs => Overseeing.Concat(Presiding);
}
