namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "A and B signed the accord in the old palace. ... In her speech at the ceremony, A thanked the mediators": a speech told as
/// given at the ceremony or the signing is a part of that act, not an occasion of its own; the definite setting noun points back
/// to the signing already told, as "the ceremony" alone does (pattern: a part of an occasion is named through the occasion's
/// definite noun). Only a bare "the ceremony", "the signing" or "the signing ceremony" sets it: "the opening ceremony" or "the
/// inauguration ceremony" names another act. With no signing told yet, a speech given for "the signing ceremony" is that
/// signing's first account (see <see cref="AtAnUntoldSigning"/>).
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

    public const string UntoldNote = "a speech given for the signing ceremony, none told before: the signing itself";

    /// <summary>
    /// "President X gave the keynote address to the delegates gathered for the signing ceremony", with no signing told before:
    /// the speech's occasion is the signing ceremony its clause names, so the reference is that signing, and the speaker is at
    /// it (pattern: the setting noun names the occasion of a part told first). Only the word "signing" makes it a signing;
    /// the clause ends at a comma or a stop.
    /// </summary>
    public static bool AtAnUntoldSigning(MeetingMention m)
    {
        if (m.Kind != MeetingKinds.Speech || m.Signing || m.Attendance || m.Planned || m.Speculative || m.Recalled || m.TimeAnchor ||
            m.Organization is not null) return false;
        var tokens = m.Sentence.Tokens;
        if (m.TokenStart >= tokens.Count || !SpeechWords.Contains(tokens[m.TokenStart].Text)) return false;
        for (var k = m.TokenStart + 1; k + 2 < tokens.Count && k <= m.TokenStart + Reach; k++)
        {
            if (tokens[k].Text is "," or "." or ";" or ":") return false;
            if (tokens[k].Lower is "at" or "for" or "during" && tokens[k + 1].Lower == "the" && tokens[k + 2].Lower == "signing")
                return k + 3 >= tokens.Count || tokens[k + 3].Lower == "ceremony" || !tokens[k + 3].IsWord;
        }
        return false;
    }

    /// <summary>How many words after the speech noun its clause may name the occasion.</summary>
    private const int Reach = 12;
}
