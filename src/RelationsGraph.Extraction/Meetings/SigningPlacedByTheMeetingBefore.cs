namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "The envoys met at the Marlow Inn in Tessany in June 1871. The treaty was signed for Ostrava by Count Pell": a signing
/// told with no place of its own follows the meeting that led to it, told just before with its place (pattern: the
/// negotiation placed, then the signing told bare). A signing placed nowhere takes the places of the meeting told in the
/// one or two sentences before it when that meeting, told at one place, shares one of its people or its year; a signing
/// with a year of its own takes only from a meeting of that year. Never from a call; runs before the dateline places it.
/// </summary>
internal static class SigningPlacedByTheMeetingBefore
{
    public const string Rule = "the place of the meeting told just before the signing, which has the same people or year";

    public static void Apply(IReadOnlyList<Meeting> meetings)
    {
        // The meetings told in each sentence, with a place of their own.
        var placedIn = new Dictionary<int, List<Meeting>>();
        foreach (var m in meetings)
        {
            if (m.Kind == MeetingKinds.PhoneCall || !m.Places.Any(p => p.EntityId is not null)) continue;
            foreach (var i in m.Mentions.Select(x => x.Sentence.Index).Distinct())
                (placedIn.TryGetValue(i, out var l) ? l : placedIn[i] = []).Add(m);
        }
        foreach (var signing in meetings)
        {
            if (signing.Kind != MeetingKinds.Signing || signing.Places.Any(p => p.EntityId is not null) || signing.Mentions.Count == 0) continue;
            var first = signing.Mentions.Min(x => x.Sentence.Index);
            for (var before = first - 1; before >= Math.Max(0, first - 2); before--)
            {
                if (!placedIn.TryGetValue(before, out var candidates)) continue;
                var led = candidates.Where(c => c != signing && Leads(c, signing)).ToList();
                // Only a meeting told at one place: a hall and its palace, or a leg elsewhere, leaves the signing's room unsure.
                if (led.Count != 1 || led[0].Places.Where(p => p.EntityId is not null).Select(p => p.EntityId).Distinct().Count() != 1) break;
                foreach (var p in led[0].Places.Where(p => p.EntityId is not null && !led[0].PlacesOfAnotherLeg.Contains(p)))
                {
                    signing.Places.Add(p);
                    signing.PlaceRules[p] = Rule;
                }
                break;
            }
        }
    }

    private static bool Leads(Meeting before, Meeting signing)
    {
        var a = before.DateOrAssumedYear;
        var b = signing.DateOrAssumedYear;
        var bothYears = a is { Length: >= 4 } && b is { Length: >= 4 };
        // A signing of its own year follows only a meeting of that year: the same pair's signing of another year is
        // another event, placed elsewhere.
        if (b is { Length: >= 4 } && !(bothYears && string.Equals(a![..4], b[..4], StringComparison.Ordinal))) return false;
        if (before.Participants.Keys.Any(id => !before.Absent.Contains(id) && signing.Participants.ContainsKey(id) && !signing.Absent.Contains(id))) return true;
        return bothYears;
    }
}
