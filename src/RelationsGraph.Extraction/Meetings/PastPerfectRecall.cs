namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "Reyvik and Marand signed a transit deal on Friday ... Reyvik had met Dunn to prepare it": a gathering told in the past
/// perfect happened before the events the story reports, so it does not join a current gathering told without a date, even
/// when it names a person already there (pattern: the pluperfect marks a look back, as an earlier year does). A gathering told
/// in the past perfect itself still gathers more past-perfect references, and reported speech ("said they had agreed") is left
/// as it was: there the tense is the report's, not the event's.
/// Such a reference neither joins a candidate gathering nor counts as a signing or attendance of the gathering under discussion.
/// </summary>
internal static class PastPerfectRecall
{
    private static readonly HashSet<string> Between = new(StringComparer.OrdinalIgnoreCase)
        { "also", "already", "earlier", "previously", "once", "first", "jointly", "been", "not", "never", "just", "recently" };

    private static readonly HashSet<string> Reporting = new(StringComparer.OrdinalIgnoreCase)
        { "said", "says", "told", "announced", "added", "noted", "stated", "confirmed", "recalled", "explained", "according" };

    public static bool KeepsApart(Meeting meeting, MeetingMention m)
    {
        if (meeting.Recalled || meeting.Date is not null || !Of(m)) return false;
        foreach (var x in meeting.Mentions)
            if (Of(x)) return false;
        return true;
    }

    /// <summary>Whether the reference's verb follows "had" (past perfect), outside reported speech.</summary>
    public static bool Of(MeetingMention m)
    {
        var tokens = m.Sentence.Tokens;
        var i = m.TokenStart - 1;
        while (i >= 0 && i >= m.TokenStart - 3 && Between.Contains(tokens[i].Text)) i--;
        if (i < 0 || m.TokenStart >= tokens.Count || !tokens[i].Text.Equals("had", StringComparison.OrdinalIgnoreCase) ||
            !Participle(tokens[m.TokenStart].Text)) return false;
        for (var j = 0; j < i; j++)
            if (Reporting.Contains(tokens[j].Text)) return false;
        return true;
    }

    /// <summary>"met", "signed", "visited": a past participle of a gathering's verb, not a noun ("had talks").</summary>
    private static bool Participle(string word) =>
        MeetingKinds.IsVerb(word) || word.Length > 3 && char.IsLower(word[0]) && word.EndsWith("ed", StringComparison.Ordinal);
}
