using RelationsGraph.Extraction.Entities;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "X was welcomed with a 21-gun salute in the courtyard of the Presidential Palace before the two leaders held talks":
/// talks told after a welcome at a venue, in the same sentence, are held at that venue too (pattern: the programme of a
/// visit moving indoors at the place of its welcome). Only talks with no venue of their own take it.
/// </summary>
internal static class WelcomeThenTalks
{
    public const string Rule = "talks told after a welcome at a venue in the same sentence are held at that venue";

    public static void Apply(IReadOnlyList<Meeting> meetings, Func<Mention, bool> isVenue)
    {
        foreach (var welcome in meetings.Where(m => m.IsCeremonial && !m.Recalled))
            foreach (var reference in welcome.Mentions.Where(x => x.Places.Any(isVenue)))
            {
                var venue = reference.Places.First(isVenue);
                foreach (var talks in meetings.Where(m => m != welcome && m.Kind == MeetingKinds.Talks && !m.Recalled && !m.Places.Any(isVenue)))
                {
                    if (!talks.Mentions.Any(x => x.Sentence.Index == reference.Sentence.Index && x.TokenStart > reference.TokenEnd && !x.Recalled && !x.Planned)) continue;
                    talks.Places.Add(venue);
                    talks.PlaceRules[venue] = Rule;
                }
            }
    }
}
