using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "X held talks with Y on the margins, and met Z separately": a meeting verb joined by ", and" to an earlier clause shares
/// that clause's subject (X), while the earlier verb's objects (Y) are not at this second meeting.
/// </summary>
internal static class CoordinatedVerbSubject
{
    private static readonly FrozenSet<string> Adverbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "also", "then", "later", "separately", "briefly", "afterwards" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words a subject never follows: a name after them is an object or a possessor.</summary>
    private static readonly FrozenSet<string> NotBeforeASubject = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "with", "to", "by", "of", "for", "and", "between", "from", "on", "at", "in", "met", "received", "welcomed", "hosted", "as",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>True when ", and" and a meeting verb stand between <paramref name="from"/> and <paramref name="to"/>: a name after them is that verb's.</summary>
    public static bool BeyondNextVerb(List<Token> tokens, int from, int to)
    {
        for (var i = from; i + 2 < to; i++)
        {
            if (tokens[i].Text != "," || tokens[i + 1].Lower != "and") continue;
            var v = i + 2;
            while (v < to && Adverbs.Contains(tokens[v].Text)) v++;
            if (v < to && MeetingKinds.IsVerb(tokens[v].Text)) return true;
        }
        return false;
    }

    /// <summary>The sentence's subject when the verb at <paramref name="verb"/> follows ", and"; null otherwise.</summary>
    public static Mention? Of(List<Token> tokens, IReadOnlyList<Mention> people, int verb)
    {
        var k = verb - 1;
        while (k >= 0 && Adverbs.Contains(tokens[k].Text)) k--;
        if (k < 1 || tokens[k].Lower != "and" || tokens[k - 1].Text != ",") return null;
        var subject = people.FirstOrDefault(p => p.TokenEnd < k);
        if (subject is null) return null;
        var before = subject.TokenStart - 1;
        if (before >= 0 && (NotBeforeASubject.Contains(tokens[before].Text))) return null;
        // The subject is followed by its verb, a lower-case word, not by a possessive or another name.
        if (subject.TokenEnd >= tokens.Count || !tokens[subject.TokenEnd].IsWord || tokens[subject.TokenEnd].IsCapitalized) return null;
        return subject;
    }
}
