namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "A and B signed the accord in the old palace. ... In her speech at the ceremony, A thanked the mediators": a speech told as
/// given at the ceremony or the signing is a part of that act, not an occasion of its own; the definite setting noun points back
/// to the signing already told, as "the ceremony" alone does (pattern: a part of an occasion is named through the occasion's
/// definite noun). Only a bare "the ceremony", "the signing" or "the signing ceremony" sets it: "the opening ceremony" or "the
/// inauguration ceremony" names another act.
/// </summary>
internal static class SpeechAtTheCeremony
{
    public const string Note = "a speech given at the ceremony: a part of the signing told";

    private static readonly FrozenSet<string> SpeechWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "speech", "address", "remarks", "statement", "toast" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool Of(MeetingMention m)
    {
        if (m.Signing || m.Attendance || m.Planned || m.Speculative || m.Recalled || m.TimeAnchor || m.Organization is not null ||
            m.Places.Count > 0 || m.Kind is not (MeetingKinds.Speech or MeetingKinds.Ceremony)) return false;
        var tokens = m.Sentence.Tokens;
        var i = m.TokenStart;
        if (i + 3 >= tokens.Count || !SpeechWords.Contains(tokens[i].Text)) return false;
        if (tokens[i + 1].Lower is not ("at" or "during") || tokens[i + 2].Lower != "the") return false;
        var head = i + 3;
        if (tokens[head].Lower == "signing" && head + 1 < tokens.Count && tokens[head + 1].Lower == "ceremony") head++;
        return tokens[head].Lower is "ceremony" or "signing";
    }
}
