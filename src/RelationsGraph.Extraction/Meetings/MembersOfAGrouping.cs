using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// A grouping named for its member nations ("a Commonwealth country", "the original members of the Coral Sea Forum",
/// "ten Forum members signed"): the name tells who belongs to the body, not one sitting of it (pattern: a bloc's
/// name as the qualifier or the whole of a noun of membership).
/// </summary>
internal static class MembersOfAGrouping
{
    private static readonly FrozenSet<string> SingularMemberNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "country", "member", "state", "nation", "government", "partner",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> PluralMemberNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "countries", "members", "states", "nations", "governments", "partners", "member-states",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>"an EU member", "a Commonwealth country": one member nation is qualified (a plural, "EU member states' summit", still names the bloc's gathering).</summary>
    public static bool QualifiesOneMember(List<Token> tokens, Mention bloc) =>
        bloc.TokenEnd < tokens.Count && SingularMemberNouns.Contains(tokens[bloc.TokenEnd].Text) &&
        !(bloc.TokenEnd + 1 < tokens.Count && tokens[bloc.TokenEnd + 1].Text is "'" or "’" or "'s" or "’s");

    /// <summary>
    /// The meeting noun at <paramref name="i"/> is a word of a bloc's own name ("Forum" of "Pacific Islands Forum") and
    /// that name is told as a body of members: followed by a noun of membership, or after "member(s) of (the)".
    /// </summary>
    public static bool NounInNameOfMembers(List<Token> tokens, int i, IReadOnlyList<Mention> mentions)
    {
        foreach (var x in mentions)
        {
            if (x.Kind != MentionKind.Organization || i < x.TokenStart || i >= x.TokenEnd) continue;
            var after = x.TokenEnd < tokens.Count ? tokens[x.TokenEnd].Text : "";
            if (SingularMemberNouns.Contains(after) || PluralMemberNouns.Contains(after)) return true;
            var k = x.TokenStart - 1;
            if (k >= 0 && tokens[k].Lower == "the") k--;
            return k >= 1 && tokens[k].Lower == "of" && (SingularMemberNouns.Contains(tokens[k - 1].Text) || PluralMemberNouns.Contains(tokens[k - 1].Text));
        }
        return false;
    }
}
