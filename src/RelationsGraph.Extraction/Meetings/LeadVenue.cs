using RelationsGraph.Extraction.Entities;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "Under the chandeliers at the Marovec Palace, two delegations took their seats in silence" opening a story filed from that country, with the signing told
/// further on and placed nowhere: a venue set in the lead is where the story's own gathering took place (pattern: the scene
/// set first, the event told after it). Given beside the dateline city to one meeting only (see StoryMeeting), only when the
/// venue is no meeting's place and no gathering of the story is placed at a venue of its own. Runs once per story.
/// </summary>
internal static class LeadVenue
{
    public const string Rule = "the venue that sets the scene in the lead of a story filed from its town";

    /// <summary>How many opening sentences (the headline counted) may set the scene.</summary>
    private const int LeadSentences = 4;

    private static readonly HashSet<string> Locatives = new(StringComparer.OrdinalIgnoreCase) { "at", "in", "inside", "of", "on" };

    /// <summary>
    /// The meeting that takes the lead's venue: of those the dateline city places, the earliest told signing or ceremony (the
    /// set piece a scene is set for), else the earliest told.
    /// </summary>
    public static Meeting? StoryMeeting(IEnumerable<Meeting> placedByDateline)
    {
        var held = placedByDateline.Where(m => m.Held && m.Mentions.Count > 0).OrderBy(m => m.Mentions.Min(x => x.Sentence.Index)).ToList();
        return held.FirstOrDefault(m => m.Kind is MeetingKinds.Signing or MeetingKinds.Ceremony) ?? held.FirstOrDefault();
    }

    public static Mention? Of(IReadOnlyList<Meeting> meetings, IReadOnlyList<IReadOnlyList<Mention>> mentionsBySentence,
        Func<Mention, bool> isVenue, Func<Mention, bool> inDatelineCountry)
    {
        // A story that places a gathering of its own at a venue has told where its set piece was: the lead's venue is that one's.
        if (meetings.Any(m => m.NotKeptBecause is null && m.Places.Any(p => p.EntityId is not null && isVenue(p)))) return null;
        for (var s = 0; s < Math.Min(LeadSentences, mentionsBySentence.Count); s++)
            foreach (var place in mentionsBySentence[s])
            {
                if (place.Kind != MentionKind.Place || place.EntityId is null || !isVenue(place) || !inDatelineCountry(place)) continue;
                if (!AfterALocative(place)) continue;
                if (meetings.Any(m => m.Places.Any(p => p.EntityId == place.EntityId))) continue;
                return place;
            }
        return null;
    }

    private static bool AfterALocative(Mention place)
    {
        var tokens = place.Sentence.Tokens;
        var k = place.TokenStart - 1;
        if (k >= 0 && tokens[k].Lower == "the") k--;
        return k >= 0 && Locatives.Contains(tokens[k].Lower);
    }
}
