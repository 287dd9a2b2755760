using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// The venue rules (<see cref="VenueOfTheName"/>, <see cref="HouseOfAVenue"/>, <see cref="SeatOfABody"/>) end the same way:
/// once a run of words is known to name a place, every mention read over any of its words gives way to one Place mention
/// over the whole run (the pattern: a longer, better-founded reading replaces the pieces it covers).
/// </summary>
internal static class PlaceOverRun
{
    /// <summary>A copy of <paramref name="list"/> without the mentions touching tokens [start, end), with a Place over them, in order.</summary>
    public static List<Mention> Replace(IReadOnlyList<Mention> list, Sentence sentence, int start, int end, string rule)
    {
        var tokens = sentence.Tokens;
        var changed = list.Where(m => m.TokenEnd <= start || m.TokenStart >= end).ToList();
        changed.Add(new Mention
        {
            Kind = MentionKind.Place, Sentence = sentence, TokenStart = start, TokenEnd = end,
            Surface = sentence.Text[tokens[start].Start..tokens[end - 1].End], Rule = rule,
        });
        changed.Sort((a, b) => a.TokenStart.CompareTo(b.TokenStart));
        return changed;
    }
}
