using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "modelled on the Orlen Treaty that Belvaria signed with Ostrania and on the Varn Pact concluded with Tarvia": the country
/// a document's own making clause names after "with" is that document's partner, so when the sentence names it nowhere else it
/// is no side of the other documents of the sentence (the pattern: news lines up earlier documents one by one, each with the
/// clause that says with whom it was made; see <see cref="OtherDocumentsSides"/>).
/// </summary>
internal static class PartnerOfTheMakingClause
{
    /// <summary>Past participles that make a document when they follow its name ("the pact signed with X").</summary>
    private static readonly FrozenSet<string> Participles = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "signed", "concluded", "agreed", "reached", "struck", "sealed", "inked", "negotiated" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The country named right after "with" of the making clause that follows a document's name ending before
    /// <paramref name="end"/> ("that A signed with B", "signed with B"), with the token after it; null when there is none.
    /// </summary>
    public static (string Country, int End)? After(List<Token> tokens, IReadOnlyList<Mention> mentions, int end)
    {
        if (end <= 0 || end >= tokens.Count) return null;
        var k = end;
        if (tokens[k].Lower is "that" or "which")
        {
            if (!CeasefireMadeInItsClause.At(tokens, end - 1, out var verb) || verb <= end) return null;
            k = verb + 1;
        }
        else if (Participles.Contains(tokens[k].Text)) k++;
        else return null;
        if (k >= tokens.Count || tokens[k].Lower != "with") return null;
        k++;
        if (k < tokens.Count && tokens[k].Lower == "the") k++;
        return mentions.FirstOrDefault(m => m.Kind == MentionKind.Country && m.EntityId is not null && m.TokenStart == k) is { } partner
            ? (partner.EntityId!, partner.TokenEnd) : null;
    }

    /// <summary>Whether every naming of the country in the sentence lies within the document's name and its making clause.</summary>
    public static bool OnlyThere(IReadOnlyList<Mention> mentions, string country, int start, int clauseEnd) =>
        mentions.Where(m => m.Kind == MentionKind.Country && m.EntityId == country).All(m => m.TokenStart >= start && m.TokenEnd <= clauseEnd);
}
