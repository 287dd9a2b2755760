using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "The leaders signed the accord on the lake shore on Tuesday ... Its wording was agreed during a round of talks in Varo in
/// March": a reference that names a place of its own and a time of its own, neither told of a gathering already told with
/// a time, is another event recalled (or foreseen) beside the one reported, not more of it (pattern: a background event is
/// told with its own where and when). A gathering told with no time at all may still take a reference's time and place
/// as its own; references of one sentence tell one event in its parts.
/// </summary>
internal static class OwnPlaceAndTime
{
    public static bool KeepsApart(Meeting meeting, MeetingMention m)
    {
        if (m.Places.Count == 0 || m.Date is not { } own || meeting.Mentions.Count == 0 || m.Definite || m.RefersToGroup) return false;
        foreach (var p in m.Places)
        {
            var key = NameKey.Of(p.Canonical ?? p.Surface);
            foreach (var q in meeting.Places)
                if (NameKey.Of(q.Canonical ?? q.Surface) == key) return false;
        }
        if (own.Value is not null && meeting.Date is not null && Meeting.DatesCompatible(own.Value, meeting.Date)) return false;
        var timed = meeting.Date is not null;
        foreach (var x in meeting.Mentions)
        {
            if (x.Sentence.Index == m.Sentence.Index) return false;
            if (x.Date is not { } other) continue;
            timed = true;
            if (own.Value is not null && other.Value is not null && Meeting.DatesCompatible(own.Value, other.Value)) return false;
            if (string.Equals(other.Text, own.Text, StringComparison.OrdinalIgnoreCase)) return false;
        }
        return timed;
    }
}
