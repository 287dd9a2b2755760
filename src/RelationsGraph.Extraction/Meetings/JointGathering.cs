using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "the ASEAN-China summit", "the ASEAN-India summit", "the China–Gulf Cooperation Council summit and the first China–Arab
/// States Summit": a gathering named for one party joined by a hyphen, a dash or "Plus" to another. Two such names that
/// share one party but differ in the other name two gatherings held side by side, never one (pattern: a grouping meets
/// each partner in a summit of its own).
/// </summary>
internal static class JointGathering
{
    private static readonly char[] Dashes = ['-', '–', '—'];

    /// <summary>The parties of the name right before the meeting noun at <paramref name="noun"/>, or null when it joins no two.</summary>
    public static IReadOnlyList<string>? PartiesBefore(List<Token> tokens, int noun)
    {
        // Made only when a word before the noun can be part of a name: most nouns follow "the" or a verb, and join nothing.
        List<string>? words = null;
        var k = noun - 1;
        for (; k >= 0; k--)
        {
            var t = tokens[k];
            if (t.Text is "-" or "–" or "—" || t.Text is "Plus" or "+") (words ??= []).Insert(0, "|");
            else if (t.IsWord && char.IsUpper(t.Text[0]) && !IsOrdinalOrDeterminer(t.Lower)) (words ??= []).Insert(0, t.Text);
            else break;
        }
        if (words is null) return null;
        var text = string.Join(" ", words);
        foreach (var dash in Dashes) text = text.Replace(dash.ToString(), "|");
        var parties = text.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                          .Select(p => p.ToLowerInvariant()).ToList();
        return parties.Count >= 2 && !text.StartsWith('|') && !text.EndsWith('|') ? parties : null;
    }

    /// <summary>Two joint names that share a party but differ in another: two gatherings.</summary>
    public static bool Differ(IReadOnlyList<string>? a, IReadOnlyList<string>? b) =>
        a is not null && b is not null && a.Intersect(b).Any() && !a.ToHashSet().SetEquals(b);

    /// <summary>
    /// A joint gathering never joins one whose name differs from its own; told beside another joint gathering of its
    /// sentence, it joins only a gathering already named as it is, since the plain account around them may be of either.
    /// </summary>
    public static bool KeptApart(Meeting meeting, MeetingMention m)
    {
        if (m.JointParties is null) return false;
        if (meeting.Mentions.Any(x => Differ(x.JointParties, m.JointParties))) return true;
        return m.BesideAnotherJointGathering && !meeting.Mentions.Any(x => x.JointParties is { } p && p.ToHashSet().SetEquals(m.JointParties));
    }

    private static bool IsOrdinalOrDeterminer(string lower) =>
        lower is "the" or "a" or "first" or "second" or "third" or "fourth" or "fifth" or "sixth" or "seventh" or "eighth" or "ninth" or "tenth" or
            "last" or "next" or "annual" or "inaugural" or "on" or "in" or "at";
}
