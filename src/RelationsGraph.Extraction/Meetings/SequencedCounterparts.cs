using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "She met the president, then the foreign minister", "he saw A and then B": counterparts told one after another with
/// "then" are met in turn, one encounter each, as "separately" tells (pattern: a diary of a leader's day lists its meetings
/// in sequence). The "then" must follow a comma or "and" and stand between two of the reference's named counterparts.
/// </summary>
internal static class SequencedCounterparts
{
    public static bool Applies(List<Token> tokens, MeetingMention m, IReadOnlyList<Mention> mentions)
    {
        int first = -1, last = -1;
        foreach (var p in mentions)
        {
            if (p.Kind != MentionKind.Person || p.EntityId is null || p.TokenStart < m.TokenEnd || !m.ObjectIds.Contains(p.EntityId)) continue;
            if (first < 0 || p.TokenEnd < first) first = p.TokenEnd;
            if (p.TokenStart > last) last = p.TokenStart;
        }
        if (first < 0 || last <= first) return false;
        for (var k = first; k < last; k++)
        {
            // A full stop inside the sentence closes an honorific ("Mr."), not a clause.
            if (tokens[k].Text is ";" or ":") return false;
            if (tokens[k].Lower == "then" && k > 0 && tokens[k - 1].Text is "," or "and") return NextCounterpartFollows(tokens, k, m, mentions);
        }
        return false;
    }

    /// <summary>How many words (a title, "with") may stand between "then" and the next counterpart.</summary>
    private const int TitleReach = 4;

    /// <summary>
    /// "then Foreign Minister B", "and then with B": the next counterpart follows "then" after no more than a title; "then on to
    /// X, where he met B", "then to X" move the journey on, and the person met there is another leg's.
    /// </summary>
    private static bool NextCounterpartFollows(List<Token> tokens, int then, MeetingMention m, IReadOnlyList<Mention> mentions)
    {
        var next = mentions.Where(p => p.Kind == MentionKind.Person && p.EntityId is not null && p.TokenStart > then && m.ObjectIds.Contains(p.EntityId))
            .MinBy(p => p.TokenStart);
        if (next is null || next.TokenStart - then - 1 > TitleReach) return false;
        for (var k = then + 1; k < next.TokenStart; k++)
            if (tokens[k].Lower is not ("with" or "the" or ".") && !(tokens[k].IsCapitalized && tokens[k].IsWord)) return false;
        return true;
    }
}
