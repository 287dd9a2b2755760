using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "the 1977 water treaty that Belvaria signed with Ostrania", "the accord which Belvaria and Ostrania concluded in 1990":
/// a document whose own relative clause names who made it has those countries as its sides (the clause's subject and the
/// country it was made "with"), not the other countries of the sentence, which speak of the story around it (the pattern:
/// news recalls an earlier document by the clause that says who made it; see <see cref="CeasefireMadeInItsClause"/> for truces).
/// </summary>
internal static class SidesOfTheMakingClause
{
    /// <summary>
    /// The countries the making clause right after the document's noun names, or null when there is no such clause or it
    /// names no country as its subject.
    /// </summary>
    public static HashSet<string>? At(List<Token> tokens, IReadOnlyList<Mention> mentions, int noun)
    {
        if (noun + 1 >= tokens.Count || tokens[noun + 1].Lower is not ("that" or "which")) return null;
        if (!CeasefireMadeInItsClause.At(tokens, noun, out var verb) || verb <= noun + 2) return null;
        var sides = mentions.Where(m => m.Kind == MentionKind.Country && m.EntityId is not null && m.TokenStart > noun && m.TokenEnd <= verb).Select(m => m.EntityId!).ToHashSet();
        if (sides.Count == 0) return null;
        // "... signed with Ostrania": the partner named right after the verb.
        var with = verb + 1;
        if (with < tokens.Count && tokens[with].Lower == "with")
            foreach (var m in mentions.Where(m => m.Kind == MentionKind.Country && m.EntityId is not null && m.TokenStart == with + 1 || m.Kind == MentionKind.Country && m.EntityId is not null && m.TokenStart == with + 2 && tokens[with + 1].Lower == "the"))
                sides.Add(m.EntityId!);
        return sides;
    }
}
