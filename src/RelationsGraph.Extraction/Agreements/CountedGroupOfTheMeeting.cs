using RelationsGraph.Extraction.Meetings;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "Talks between President A and President B ended at noon; aides C and D looked on. Later the two presidents signed a joint
/// declaration": a counted group that signs stands for the people of the gathering its sentence (or the few before it)
/// reports when that gathering has exactly as many people as the group counts (the pattern: "the two leaders" points back to
/// the two who met, not to the last two names the story happened to tell, who may be aides, spouses or people recalled).
/// </summary>
internal static class CountedGroupOfTheMeeting
{
    /// <summary>
    /// The present people of the nearest gathering reported in <paramref name="sentence"/> or the <paramref name="reach"/>
    /// sentences before it that has exactly <paramref name="size"/> of them, none a third party; else null.
    /// </summary>
    public static List<string>? People(Sentence sentence, int size, IReadOnlyDictionary<int, Meeting> reportedMeeting,
        IReadOnlySet<string> thirdParties, int reach)
    {
        for (var i = sentence.Index; i >= 0 && i >= sentence.Index - reach; i--)
        {
            if (!reportedMeeting.TryGetValue(i, out var meeting)) continue;
            var people = meeting.Participants.Keys.Where(p => !meeting.Absent.Contains(p)).ToList();
            // "The two presidents met ... Aides joined the expanded session of five ... The two leaders signed": the nearest
            // gathering of as many people as the group counts is the one it points back to.
            if (people.Count == size && !people.Any(thirdParties.Contains)) return people;
        }
        return null;
    }
}
