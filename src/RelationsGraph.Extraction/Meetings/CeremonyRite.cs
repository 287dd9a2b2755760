namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "X was welcomed with a guard of honour ... after the talks, the president conferred the order on him": a welcome, the
/// conferral of an honour, a wreath-laying and an inauguration are each their own ceremony of a visit's programme
/// (pattern: ceremonies of different rites are different events, however close in time).
/// </summary>
internal static class CeremonyRite
{
    public static bool Differ(Meeting meeting, MeetingMention m)
    {
        if (m.Kind != MeetingKinds.Ceremony || meeting.Kind != MeetingKinds.Ceremony) return false;
        var rite = Of(m);
        if (rite is null) return false;
        var told = meeting.Mentions.Select(Of).OfType<string>().ToHashSet();
        return told.Count > 0 && !told.Contains(rite);
    }

    private static string? Of(MeetingMention m)
    {
        var words = m.Sentence.Tokens.Skip(m.TokenStart).Take(Math.Max(1, m.TokenEnd - m.TokenStart)).Select(t => t.Lower).ToList();
        if (words.Any(w => w is "welcome" or "salute" or "guard" or "arrival")) return "welcome";
        if (words.Any(w => w is "conferred" or "confers" or "bestowed" or "bestows")) return "honour";
        if (words.Any(w => w is "wreath" or "homage")) return "wreath";
        if (words.Any(w => w is "inauguration" or "inaugurated" or "launch" or "unveiling")) return "inauguration";
        return null;
    }
}
