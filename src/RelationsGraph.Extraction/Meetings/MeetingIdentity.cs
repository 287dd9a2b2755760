using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// Builds a meeting's id from parts that every article describing it resolves alike, so the
/// loader merges their reports into one node:
/// <list type="bullet">
/// <item>a grouping's summit: the grouping and the year ("meeting:2025-group-of-seven-summit"),
///   since each article lists different participants and not every one names the month;</item>
/// <item>any other gathering: the month, the kind family, and the sorted ids of the people
///   present ("meeting:2026-01-meeting-lee-jae-myung-sanae-takaichi"). The place joins in only
///   when the month is unknown or nobody is named, as it is what tells such gatherings apart;
///   with a month and people, "Nara" in one report and "Nara Prefecture" or no place in
///   another would otherwise split one meeting.</item>
/// </list>
/// </summary>
internal static class MeetingIdentity
{
    private static readonly string[] GenericPlaceSuffixes =
        ["-prefecture", "-province", "-city", "-county", "-state", "-region", "-district", "-municipality", "-oblast", "-governorate"];

    public static string For(Meeting meeting, string? organizationId, string? placeId, IEnumerable<string> participantIds)
    {
        if (meeting.Organization is not null)
        {
            var year = meeting.Date is { Length: >= 4 } d ? d[..4] : meeting.AssumedYear?.ToString("D4") ?? "undated";
            var organization = organizationId is not null ? KeyOf(organizationId) : NameKey.Slug(meeting.Organization.Canonical ?? meeting.Organization.Surface);
            return $"meeting:{year}-{organization}-summit";
        }

        var people = participantIds.Select(KeyOf).Order(StringComparer.Ordinal).ToList();
        var parts = new List<string> { meeting.Date is { Length: >= 7 } date ? date[..7] : meeting.Date ?? "undated" };
        var knowsMonth = meeting.Date is { Length: >= 7 };
        if (placeId is not null && (!knowsMonth || people.Count == 0)) parts.Add(PlaceKey(placeId));
        parts.Add(Family(meeting.Kind));
        parts.AddRange(people);
        return "meeting:" + string.Join("-", parts.Where(p => p.Length > 0));
    }

    /// <summary>Kinds one gathering may be called by ("visit", "talks", "summit") share a family.</summary>
    public static string Family(string kind) => kind switch
    {
        MeetingKinds.PhoneCall => "call",
        _ when MeetingKinds.IsCeremonial(kind) => "ceremony",
        _ => "meeting",
    };

    /// <summary>"place:nara-prefecture" → "nara"; "country:ca" → "ca".</summary>
    public static string PlaceKey(string placeId)
    {
        var key = KeyOf(placeId);
        foreach (var suffix in GenericPlaceSuffixes)
            if (key.Length > suffix.Length && key.EndsWith(suffix, StringComparison.Ordinal)) return key[..^suffix.Length];
        return key;
    }

    /// <summary>An entity id without its type prefix: "person:lee-jae-myung" → "lee-jae-myung".</summary>
    private static string KeyOf(string entityId) => entityId[(entityId.IndexOf(':') + 1)..];
}
