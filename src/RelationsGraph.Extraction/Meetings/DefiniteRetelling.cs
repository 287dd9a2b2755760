namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "Iraq hosted a conference on regional cooperation on Saturday. The conference was attended by A, B and C": a definite
/// reference of the gathering's own kind, with no date or place of its own, told within two sentences of it, names that
/// gathering however many people it adds (pattern: a definite back-reference that lists the attendance).
/// Only a reference alone in its sentence: "The meeting carried forward what X and Y reached at their meeting in Kazan" tells
/// another gathering's people beside it.
/// </summary>
internal static class DefiniteRetelling
{
    private const int Reach = 2; // sentences after the gathering's latest reference

    public static bool Of(Meeting meeting, MeetingMention m, bool aloneInSentence) =>
        (aloneInSentence || IsAttendedObject(m) || IsHostedObject(m)) && m is { Definite: true, Also: false, Planned: false, Speculative: false, Recalled: false, TimeAnchor: false, Places.Count: 0 } &&
        m.Date?.Value is null && m.Kind == meeting.Kind && !meeting.Recalled &&
        m.Sentence.Index - meeting.Mentions.Max(x => x.Sentence.Index) is >= 0 and <= Reach;

    /// <summary>
    /// "A and B stayed behind to host the talks", "C chaired the meeting": hosting or chairing a definite gathering is a part in the
    /// one under discussion, so its hosts join it even in a sentence that tells other events (pattern: the host of the gathering
    /// already told). The verb may have been read into the reference ("host the talks") or stand just before its article.
    /// </summary>
    public static bool IsHostedObject(MeetingMention m)
    {
        var tokens = m.Sentence.Tokens;
        var i = m.TokenStart;
        if (IsHostingVerb(tokens[i].Lower)) return i + 1 < tokens.Count && tokens[i + 1].Lower == "the";
        return i >= 2 && tokens[i - 1].Lower == "the" && IsHostingVerb(tokens[i - 2].Lower);
    }

    private static bool IsHostingVerb(string w) => w is "host" or "hosts" or "hosted" or "hosting" or "chair" or "chairs" or "chaired" or "chairing";

    /// <summary>
    /// "X and Y both attended the ceremony but left the signing to Z": a definite gathering that an attendance verb takes as
    /// its object is the one under discussion even in a sentence that tells other events, since attending adds people to it
    /// (pattern: attendance of the gathering already told).
    /// </summary>
    public static bool IsAttendedObject(MeetingMention m)
    {
        var tokens = m.Sentence.Tokens;
        var k = m.TokenStart - 1;
        while (k >= 0 && m.TokenStart - k <= 3 && tokens[k].Lower is "the" or "that" or "this" or "in" or "at" or "signing" or "closing" or "opening") k--;
        return k >= 0 && k < m.TokenStart - 1 && tokens[k].Lower is "attended" or "attending" or "witnessed" or "joined" or "watched";
    }
}
