using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "the ASEAN Framework Agreement on Services", "the bloc's revised treaty", "the alliance's founding treaty": a document named
/// with an organisation's name, or owned by a grouping's possessive, is that grouping's instrument, open to its members. The
/// two countries a story is about are no evidence of its sides (the pattern: a grouping's document binds its members, not
/// whichever two states the story names most), so only its own sentences may name its parties.
/// </summary>
internal static class GroupingsOwnDocument
{
    /// <summary>Nouns a story uses for a grouping it named before: "the bloc's", "the alliance's".</summary>
    private static readonly FrozenSet<string> GroupingNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "bloc", "alliance", "community", "union", "grouping", "organisation", "organization", "forum", "association" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool Is(Agreement agreement, Func<Sentence, IEnumerable<Mention>> mentionsIn) =>
        agreement.Mentions.Any(m => NamesAnOrganisation(m, mentionsIn(m.Sentence)) || GroupingPossessive(m.Sentence.Tokens, m.TokenStart));

    /// <summary>An organisation's name among the words of the document's own phrase ("the SAARC Road Freight Agreement").</summary>
    private static bool NamesAnOrganisation(AgreementMention m, IEnumerable<Mention> mentions)
    {
        foreach (var o in mentions)
            if (o.Kind == MentionKind.Organization && o.TokenStart >= m.TokenStart && o.TokenEnd <= m.TokenEnd) return true;
        return false;
    }

    /// <summary>"the bloc's revised 1993 treaty": a grouping noun's possessive right before the phrase or opening it (after "the").</summary>
    private static bool GroupingPossessive(List<Token> tokens, int start)
    {
        for (var k = Math.Max(0, start - 2); k < tokens.Count - 1 && k <= start + 2; k++)
            if (GroupingNouns.Contains(tokens[k].Text) && tokens[k + 1].Lower is "'s" or "’s") return true;
        return false;
    }
}
