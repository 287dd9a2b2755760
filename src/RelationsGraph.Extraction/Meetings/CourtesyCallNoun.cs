using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "X hosted Y during a courtesy call", "she paid him a brief courtesy call at her residence", "following the courtesy
/// call": the noun "courtesy call" names a call paid in person, an encounter of its own (talks), whether or not "on" and
/// the one called on follow it (see <see cref="CourtesyCall"/> for "called on"); a hosting verb whose occasion it is
/// ("hosted Y during / on / for a courtesy call") is that call, not a visit of its own (pattern: the protocol noun for a
/// short formal encounter, and the hosting told by the occasion it took place at).
/// </summary>
internal static class CourtesyCallNoun
{
    /// <summary>"call" or "calls" right after "courtesy".</summary>
    public static bool IsAt(List<Token> tokens, int i) =>
        i > 0 && tokens[i].Lower is "call" or "calls" && tokens[i - 1].Lower == "courtesy";

    /// <summary>"during", "on", "in" or "for" within three words before the courtesy call at <paramref name="noun"/>, after a hosting verb ending at <paramref name="from"/>.</summary>
    public static bool IsOccasionOfHosting(List<Token> tokens, int from, int noun)
    {
        if (!IsAt(tokens, noun)) return false;
        for (var k = noun - 1; k >= from && noun - k <= 3; k--)
            if (tokens[k].Lower is "during" or "on" or "in" or "for") return true;
        return false;
    }
}
