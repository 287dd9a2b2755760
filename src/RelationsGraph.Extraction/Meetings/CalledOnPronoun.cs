using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "Pell arrived on Monday. The trade minister, Ola Brandt, called on him that evening.": the one a courtesy call is paid on,
/// told as an object pronoun, is the subject the story last followed: the first subject of an earlier clause of the sentence
/// ("X laid a wreath, and Y called on her"), or else the subject of the sentence before (pattern: a host's call on the
/// visitor told with the visitor as a pronoun). "called on him to resign" is an appeal, not a call. Like
/// <see cref="ReportedSpeechPronoun"/>, only meetings read this: the pronoun becomes a participant, never a mention.
/// </summary>
internal static class CalledOnPronoun
{
    /// <summary>How far into its sentence the subject taken may stand ("On Monday evening, Kenyan President X ...").</summary>
    private const int SubjectReach = 8;

    /// <summary>"called on him", "calls on her", "call on him": the verb of a call with a pronoun object and no appeal after it.</summary>
    internal static bool IsAt(List<Token> tokens, int verb) =>
        verb + 2 < tokens.Count && tokens[verb].Lower is "called" or "calls" or "call" && tokens[verb + 1].Lower == "on" &&
        tokens[verb + 2].Lower is "him" or "her" &&
        (verb + 3 >= tokens.Count || tokens[verb + 3].Lower is not ("to" or "for"));

    public static IReadOnlyList<Mention> With(Sentence sentence, IReadOnlyList<Mention> mentions, Sentence? previous, IReadOnlyList<Mention>? previousMentions)
    {
        var tokens = sentence.Tokens;
        List<Mention>? added = null;
        for (var verb = 1; verb + 2 < tokens.Count; verb++)
        {
            if (!IsAt(tokens, verb)) continue;
            var at = verb + 2;
            var start = ClauseStart(tokens, verb);
            var callers = Callers(mentions, start, verb);
            var subject = EarlierClauseSubject(mentions, start) ?? PreviousSubject(sentence, previous, previousMentions);
            // The caller names nobody, or calls on himself: no one to add.
            if (subject?.EntityId is null || callers.Count == 0 || IsOneOf(callers, subject.EntityId)) continue;
            (added ??= []).Add(new Mention
            {
                Kind = MentionKind.Person, Sentence = sentence, TokenStart = at, TokenEnd = at + 1, Surface = tokens[at].Text,
                EntityId = subject.EntityId, Rule = "the one called on, told as a pronoun: the subject followed",
            });
        }
        return added is null ? mentions : mentions.Concat(added).OrderBy(m => m.TokenStart).ToList();
    }

    /// <summary>
    /// The people named in the verb's clause before it. A method of its own: a lambda over the clause's start inside the
    /// loop above would make its closure on every word of every sentence, not only at a call.
    /// </summary>
    private static List<Mention> Callers(IReadOnlyList<Mention> mentions, int start, int verb) =>
        mentions.Where(m => m.Kind == MentionKind.Person && m.EntityId is not null && m.TokenStart >= start && m.TokenEnd <= verb).ToList();

    /// <summary>
    /// Whether a caller is the subject itself. A method of its own: a lambda over the subject inside the loop above made its
    /// closure on every word of every sentence.
    /// </summary>
    private static bool IsOneOf(List<Mention> callers, string entityId)
    {
        foreach (var c in callers)
            if (c.EntityId == entityId) return true;
        return false;
    }

    /// <summary>
    /// "X paid tribute at the memorial, and Y called on him": a place named in the earlier clause is where that clause's act
    /// happened, not the call's; the call keeps only the places of its own clause.
    /// </summary>
    public static void KeepOwnClausePlaces(MeetingMention m)
    {
        var tokens = m.Sentence.Tokens;
        if (!IsAt(tokens, m.TokenStart)) return;
        var start = ClauseStart(tokens, m.TokenStart);
        if (start > 0) m.Places.RemoveAll(p => p.TokenStart < start);
    }

    /// <summary>Where the clause of the verb opens: right after the last ", and" or ";" before it, else 0.</summary>
    private static int ClauseStart(List<Token> tokens, int verb)
    {
        for (var k = verb - 1; k > 0; k--)
            if (tokens[k].Text == ";" || tokens[k].Lower == "and" && tokens[k - 1].Text == ",") return k + 1;
        return 0;
    }

    /// <summary>"X laid a wreath, and Y called on him": the sentence's first person, when an earlier clause opens with it.</summary>
    private static Mention? EarlierClauseSubject(IReadOnlyList<Mention> mentions, int start)
    {
        if (start == 0) return null;
        var first = mentions.Where(m => m.Kind == MentionKind.Person && m.EntityId is not null && m.TokenStart < start).MinBy(m => m.TokenStart);
        return first is not null && first.TokenStart <= SubjectReach ? first : null;
    }

    /// <summary>The person the sentence before opened with (its own pronoun subject counts), in the same or the next paragraph.</summary>
    private static Mention? PreviousSubject(Sentence sentence, Sentence? previous, IReadOnlyList<Mention>? previousMentions)
    {
        if (previous is null || previousMentions is null || previous.Paragraph < sentence.Paragraph - 1) return null;
        var first = previousMentions.Where(m => m.Kind == MentionKind.Person && m.EntityId is not null).MinBy(m => m.TokenStart);
        if (first is null || first.TokenStart > SubjectReach) return null;
        // "X's aide, Y, ...": a possessive is not the subject.
        return first.TokenEnd < previous.Tokens.Count && previous.Tokens[first.TokenEnd].Text is "'s" or "’s" ? null : first;
    }
}
