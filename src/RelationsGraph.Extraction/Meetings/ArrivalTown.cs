using RelationsGraph.Extraction.Entities;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "The envoy arrived in Tamsa on Monday evening. On Tuesday he met the governor, and later he saw the mayor": a visitor's
/// arrival in a town sets the scene for the meetings told right after it, so a meeting of the traveller told in the same or
/// one of the next few sentences, placed nowhere of its own, is held in that town (pattern: the arrival, then the
/// programme). Not a pluperfect arrival told as backstory ("who had landed in X"). Only when no other town is named between the arrival and the meeting; never a call or a recalled gathering.
/// Runs before the dateline is read, after the towns and venues of the meetings' own sentences.
/// </summary>
internal static class ArrivalTown
{
    public const string Rule = "the town the traveller arrived in, told shortly before the meeting";

    /// <summary>How many sentences after the arrival a meeting may be told and still be in the arrival town.</summary>
    private const int Reach = 3;

    private static readonly FrozenSet<string> ArrivalVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "arrived", "landed",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static void Apply(IReadOnlyList<Meeting> meetings, IReadOnlyList<IReadOnlyList<Mention>> mentionsBySentence,
        IReadOnlyList<IReadOnlyList<Mention>> withPronounSubject, Func<Mention, bool> isTown)
    {
        var arrivals = new List<(int Sentence, Mention Town, HashSet<string> Travellers)>();
        for (var i = 0; i < mentionsBySentence.Count; i++)
            if (Arrival(mentionsBySentence[i], withPronounSubject[i], isTown) is { } arrival) arrivals.Add((i, arrival.Town, arrival.Travellers));
        if (arrivals.Count == 0) return;
        foreach (var meeting in meetings)
        {
            if (meeting.Kind == MeetingKinds.PhoneCall || meeting.Recalled || meeting.Mentions.Count == 0) continue;
            if (meeting.Places.Any(p => p.EntityId is not null)) continue;
            var first = meeting.Mentions.Min(x => x.Sentence.Index);
            // The latest arrival at or before the meeting's first sentence, within reach.
            var arrival = arrivals.LastOrDefault(a => a.Sentence <= first && first - a.Sentence <= Reach);
            if (arrival.Town is null || !arrival.Travellers.Overlaps(meeting.Participants.Keys)) continue;
            if (AnotherTownBetween(mentionsBySentence, arrival.Sentence, first, arrival.Town, isTown)) continue;
            meeting.Places.Add(arrival.Town);
            meeting.PlaceRules[arrival.Town] = Rule;
        }
    }

    /// <summary>"X arrived in T", "he landed at T": a town right after the verb and "in"/"at", with the people named before it.</summary>
    private static (Mention Town, HashSet<string> Travellers)? Arrival(IReadOnlyList<Mention> mentions, IReadOnlyList<Mention> withPronouns, Func<Mention, bool> isTown)
    {
        if (mentions.Count == 0 && withPronouns.Count == 0) return null;
        var sentence = (mentions.Count > 0 ? mentions[0] : withPronouns[0]).Sentence;
        var tokens = sentence.Tokens;
        for (var k = 0; k + 2 < tokens.Count; k++)
        {
            if (!ArrivalVerbs.Contains(tokens[k].Text)) continue;
            // "who had landed in X that morning": a pluperfect arrival is backstory to the sentence's event, not the scene set.
            if (k > 0 && tokens[k - 1].Text.Equals("had", StringComparison.OrdinalIgnoreCase)) return null;
            var lead = tokens[k + 1].Text;
            if (!lead.Equals("in", StringComparison.OrdinalIgnoreCase) && !lead.Equals("at", StringComparison.OrdinalIgnoreCase)) continue;
            var town = mentions.FirstOrDefault(p => p.TokenStart == k + 2 && p is { Kind: MentionKind.Place, EntityId: not null } && isTown(p) && !NotAVenue.Of(p));
            if (town is null) return null;
            var travellers = withPronouns.Where(p => p is { Kind: MentionKind.Person, EntityId: not null } && p.TokenEnd <= k)
                .Select(p => p.EntityId!).ToHashSet();
            return travellers.Count == 0 ? null : (town, travellers);
        }
        return null;
    }

    /// <summary>A town other than the arrival's named after the arrival and up to the meeting's sentence: the story may have moved on.</summary>
    private static bool AnotherTownBetween(IReadOnlyList<IReadOnlyList<Mention>> mentionsBySentence, int from, int to, Mention town, Func<Mention, bool> isTown)
    {
        for (var i = from; i <= to; i++)
            foreach (var p in mentionsBySentence[i])
                if (p is { Kind: MentionKind.Place, EntityId: not null } && p.EntityId != town.EntityId && (i > from || p.TokenStart > town.TokenStart) && isTown(p))
                    return true;
        return false;
    }
}
