using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "the Windsor talks", "the Pretoria signing ceremony", "the Camp David summit": a town or venue named right before the
/// meeting noun, with at most two plain words between ("the Istanbul military talks"), names where the gathering was held
/// (pattern: a meeting called after its place). Countries are left out: "the Japan-China summit" names its sides.
/// </summary>
internal static class NamedForItsPlace
{
    private const int MaxWordsBetween = 2;

    private static readonly FrozenSet<string> Joiners = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "and", "or", "of", "to", "in", "at", "for", "the", "a", "an", "with", "by", "on", "from", "after", "before", "since", "their", "its" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool Is(List<Token> tokens, Mention place, MeetingMention m)
    {
        if (place.Kind != MentionKind.Place || place.EntityId is null || place.IsGovernment || place.TokenEnd > m.TokenStart) return false;
        if (m.TokenStart - place.TokenEnd > MaxWordsBetween || MeetingKinds.IsVerb(tokens[m.TokenStart].Text)) return false;
        for (var k = place.TokenEnd; k < m.TokenStart; k++)
            if (!tokens[k].IsWord || tokens[k].IsCapitalized || Joiners.Contains(tokens[k].Text)) return false;
        return true;
    }
}
