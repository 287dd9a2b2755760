using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// A gathering's roll told by a verb of which the gathering is the subject: "The summit was attended by French President A,
/// His Majesty King B of C and His Highness Sheikh D, Emir of E", "It was co-chaired by F and G, and brought together H, I
/// and J", "The forum brought together K and L". Everyone named after the verb, in its clause, is at the gathering, however
/// long their titles run (pattern: the gathering as subject of attending, chairing or bringing together).
/// </summary>
internal static class GatheringRoll
{
    /// <summary>
    /// Where the roll begins (the token after "by" or "together") when a roll verb stands at <paramref name="i"/>:
    /// "attended by", "chaired by", "co-chaired by" in the passive, or "brought together"; null otherwise.
    /// </summary>
    public static int? StartAt(List<Token> tokens, int i)
    {
        if (i + 1 >= tokens.Count) return null;
        var w = tokens[i].Lower;
        if (w is "attended" or "chaired" or "co-chaired" && tokens[i + 1].Lower == "by" && i > 0 && tokens[i - 1].Lower is "was" or "were" or "is" or "are" or "been")
            return i + 2;
        if (w == "together" && i > 0 && tokens[i - 1].Lower is "brought" or "brings" or "bring" or "bringing") return i + 1;
        return null;
    }

    /// <summary>
    /// "It was chaired by A", "It brought together B and C": a roll verb whose subject is "It" opening the clause, the
    /// gathering the previous sentence told (a "committee chaired by X" is no gathering). True at the roll verb.
    /// </summary>
    public static bool OfItAt(List<Token> tokens, int i)
    {
        if (StartAt(tokens, i) is null) return false;
        var k = i - 1;
        while (k >= 0 && tokens[k].Lower is "was" or "were" or "is" or "has" or "been" or "brought" or "brings" or "also" or "jointly") k--;
        return k >= 0 && tokens[k].Lower == "it" && (k == 0 || tokens[k - 1].Text is "," or ";" or ":");
    }

    /// <summary>
    /// "The summit was attended by A", "The two-day forum, held in June, was chaired by B", "the conference brought together C":
    /// the start of the roll when a roll verb at <paramref name="i"/> follows the meeting noun <paramref name="told"/> in its
    /// clause, with no other meeting word between; null otherwise.
    /// </summary>
    public static int? OfTheNounBefore(List<Token> tokens, int i, MeetingMention? told, int[] segments)
    {
        if (told is null) return null;
        var participle = StartAt(tokens, i) is null;
        if ((StartAt(tokens, i) ?? ParticipleStartAt(tokens, i)) is not { } start) return null;
        if (segments[told.TokenStart] != segments[i] || i - told.TokenEnd > (participle ? 20 : 12) || i < told.TokenEnd) return null;
        if (MeetingKinds.IsVerb(tokens[told.TokenStart].Text) || told.Attendance || told.Signing) return null;
        // A participle may be joined to an earlier one by "and": "held at the X Centre and co-chaired by A".
        var end = participle && tokens[i - 1].Lower == "and" ? i - 1 : i;
        for (var k = told.TokenEnd; k < end; k++)
        {
            if (tokens[k].Lower == "and" && JoinsTwoDays(tokens, k)) continue;
            if (MeetingKinds.KindOf(tokens[k].Text, false) is not null || tokens[k].Lower is "who" or "whom" or "which" or "that" or "where" or "when" or "and" or "but") return null;
        }
        return start;
    }

    private static readonly string[] DayWords = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    /// <summary>"on Saturday and Sunday", "on 5 and 6 June": an "and" inside a span of days joins no clauses.</summary>
    private static bool JoinsTwoDays(List<Token> tokens, int k)
    {
        if (k < 1 || k + 1 >= tokens.Count) return false;
        static bool IsDay(Token t) => DayWords.Contains(t.Lower) || (t.Text.Length <= 2 && t.Text.All(char.IsDigit));
        return IsDay(tokens[k - 1]) && IsDay(tokens[k + 1]);
    }

    /// <summary>
    /// "the conference, held in X on Sunday and co-chaired by A, B and C": a roll verb as a participle with no auxiliary,
    /// joined by "and" to an earlier participle ("held", "hosted", "convened") that opens a comma-set phrase on the gathering
    /// told before it (pattern: paired reduced relative clauses on the gathering noun). The start of the roll, or null.
    /// </summary>
    public static int? ParticipleStartAt(List<Token> tokens, int i)
    {
        if (i < 1 || i + 2 >= tokens.Count || tokens[i + 1].Lower != "by") return null;
        if (tokens[i].Lower is not ("attended" or "chaired" or "co-chaired")) return null;
        if (tokens[i - 1].Lower != "and") return null;
        // The earlier participle of the pair, after a comma: ", held at the X Centre and co-chaired by".
        for (var k = i - 2; k >= 1 && k >= i - 16; k--)
            if (tokens[k].Lower is "held" or "hosted" or "organised" or "organized" or "convened" or "staged")
                return tokens[k - 1].Text == "," ? i + 2 : null;
        return null;
    }
}
