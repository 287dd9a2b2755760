using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "President X, who hosted the talks, signed as guarantor", "Minister Y, whose government has hosted parallel talks
/// in Doha, attended as a witness": negotiations named in a relative clause about a person say what role that person
/// played, not a gathering of its own: "the talks" is the gathering under discussion, other talks start nothing (pattern: a
/// person's role clause is not a meeting of its own).
/// </summary>
internal static class HostingRoleClause
{
    private const int Reach = 10; // how far before the meeting word the clause may open
    private static readonly FrozenSet<string> RoleVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "hosted", "hosts", "mediated", "mediates", "brokered", "brokers", "facilitated", "facilitates", "chaired", "chairs", "led", "leads",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool IsRole(List<Token> tokens, MeetingMention m, IReadOnlyList<Mention> mentions)
    {
        if (m.Kind != MeetingKinds.Talks || m.Attendance || m.Signing || m.Date is not null || m.Planned) return false;
        var noun = Enumerable.Range(m.TokenStart, m.TokenEnd - m.TokenStart).LastOrDefault(k => tokens[k].Lower is "talks" or "negotiations" or "consultations", -1);
        if (noun < 0) return false;
        var sawVerb = false;
        for (var k = noun - 1; k >= 1 && noun - k <= Reach; k--)
        {
            if (tokens[k].Text is "," or ";" or "—" or "–" or "(" or ")") return false;
            if (RoleVerbs.Contains(tokens[k].Text)) sawVerb = true;
            if (tokens[k].Lower is "who" or "whose" && tokens[k - 1].Text == ",")
                return sawVerb && mentions.Any(p => p.Kind == MentionKind.Person && p.EntityId is not null && p.TokenEnd == k - 1);
        }
        return false;
    }
}
