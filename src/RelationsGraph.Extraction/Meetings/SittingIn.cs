using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "The two aides sat in.", "X sat in as an observer": to sit in is to be in the room of the gathering under discussion as
/// a listener, mediator or adviser (pattern: the phrasal verb "sit in" told with no gathering after it, like a bare
/// "presided"). "sat in the front row" and "sat in the same hall" are seats, left to the other rules.
/// </summary>
internal static class SittingIn
{
    private static readonly FrozenSet<string> Postures = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "sat", "sitting", "sit", "sits" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// True at the "in" of "sat in" when nothing sat in is named after it: the clause ends ("sat in.", "sat in, and") or a
    /// role follows ("sat in as mediator", "as observers"). Someone must be named before it: "Facilitators from the X sat in"
    /// names nobody to place. "sat in on it" is read at its "on" (VerbOnlyTriggers).
    /// </summary>
    public static bool IsAt(List<Token> tokens, int i, IReadOnlyList<Mention> mentions)
    {
        if (i < 1 || tokens[i].Lower != "in" || !Postures.Contains(tokens[i - 1].Text)) return false;
        if (!PersonNamedBefore(mentions, i)) return false;
        if (i + 1 >= tokens.Count) return true;
        var next = tokens[i + 1];
        if (!next.IsWord) return next.Text is "." or "," or ";" or ":" or ")" or "—" or "–";
        return next.Lower == "as" && i + 2 < tokens.Count && !tokens[i + 2].IsCapitalized;
    }

    /// <summary>Whether a person is named before <paramref name="i"/> (a loop: a lambda over the argument made a closure on every call).</summary>
    private static bool PersonNamedBefore(IReadOnlyList<Mention> mentions, int i)
    {
        for (var k = 0; k < mentions.Count; k++)
            if (mentions[k].Kind == MentionKind.Person && mentions[k].TokenEnd <= i) return true;
        return false;
    }
}
