namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "X arrived in Hanoi on a state visit ... In the evening Y hosted a banquet": a meal of a visit's programme that the
/// text gives only a host for is given for the visitor, so the visitor is its guest (pattern: the guest of honour of a
/// state banquet or lunch is the one on the visit, named in an earlier sentence, not in the one about the meal).
/// The visit is the story's main one (the held visit told most often before the meal, with a compatible date), and its
/// visitor must be plain: the guest it names, or its only person besides the host. Otherwise the meal is left alone.
/// </summary>
internal static class VisitorAtHostedMeal
{
    public static void Apply(List<Meeting> meetings)
    {
        foreach (var meal in meetings.Where(IsHostedOnly))
        {
            var visit = meetings
                .Where(v => v is { Kind: MeetingKinds.Visit, Recalled: false, Held: true } && Position(v) < Position(meal) && Meeting.DatesCompatible(v.Date, meal.Date))
                .OrderByDescending(v => v.Mentions.Count).ThenByDescending(Position)
                .FirstOrDefault();
            if (visit is null || VisitorOf(visit, meal) is not { } visitor) continue;
            meal.Participants[visitor] = "guest";
            meal.ParticipantEvidence.TryAdd(visitor, meal.Mentions[0].Sentence);
            meal.Mentions[0].Notes.Add("the visitor is the guest of a meal given only a host");
        }
    }

    /// <summary>A reception whose people are all its hosts: "Y hosted a state luncheon".</summary>
    private static bool IsHostedOnly(Meeting m) =>
        m is { Kind: MeetingKinds.Reception, Recalled: false, Organization: null } &&
        m.Participants.Count > 0 && m.Participants.All(p => p.Value == "host");

    /// <summary>The visit's guest, else its only person who is neither absent nor a host of the meal; null when unclear.</summary>
    private static string? VisitorOf(Meeting visit, Meeting meal)
    {
        var present = visit.Participants.Where(p => !visit.Absent.Contains(p.Key) && !meal.Participants.ContainsKey(p.Key) && !meal.Absent.Contains(p.Key)).ToList();
        var guests = present.Where(p => p.Value == "guest").ToList();
        if (guests.Count == 1) return guests[0].Key;
        var others = present.Where(p => p.Value != "host").ToList();
        return guests.Count == 0 && others.Count == 1 ? others[0].Key : null;
    }

    /// <summary>Where a meeting is first told.</summary>
    private static int Position(Meeting m) => m.Mentions.Min(x => x.Sentence.Index * 10_000 + x.TokenStart);
}
