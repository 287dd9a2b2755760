using RelationsGraph.Extraction.Knowledge;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "the Congress of Marvelle redrew the map", "the sovereigns gathered once more at the Congress of Tollin": a congress named after
/// the town it sat in is a gathering of plenipotentiaries, told by its host city, not a standing body such as a legislature
/// ("the Congress of Ruritania", "the Congress of Deputies"), which is named after a country or a kind of member
/// (pattern: "Congress of" + a known town). The entity stage leaves it out of the organisations, so the town stays a place;
/// the meeting stage reads it as a conference held there, an earlier event told apart from the one reported (news names a
/// congress after its town only once it is history).
/// </summary>
internal static class CongressOfItsCity
{
    /// <summary>The chunk at k is the word "Congress" of "Congress of" + a town the gazetteer knows (not a country).</summary>
    public static bool At(IReadOnlyList<NameChunk> chunks, int k) =>
        k + 2 < chunks.Count && chunks[k].Text == "Congress" && chunks[k + 1].Text == "of" &&
        chunks[k + 2].Kind is GazetteerKind.Capital or GazetteerKind.Place;

    /// <summary>
    /// Token i is "Congress" in "the Congress of" + a place mention: the end of the gathering's name (after the town), or null.
    /// </summary>
    public static int? EndAt(List<Token> tokens, int i, IReadOnlyList<Mention> mentions)
    {
        if (i + 2 >= tokens.Count || tokens[i].Text != "Congress" || tokens[i + 1].Lower != "of" || i == 0 || tokens[i - 1].Lower != "the") return null;
        foreach (var m in mentions)
            if (m.Kind == MentionKind.Place && m.TokenStart == i + 2) return m.TokenEnd;
        return null;
    }

    /// <summary>The name at token <paramref name="start"/> is the town of "Congress of" + town.</summary>
    public static bool IsTownAt(List<Token> tokens, int start) =>
        start >= 2 && tokens[start - 1].Lower == "of" && tokens[start - 2].Text == "Congress";

    /// <summary>The place is the town of "the Congress of" + town inside the gathering's reference [start, end).</summary>
    public static bool IsItsTown(List<Token> tokens, Mention place, int start, int end) =>
        place.Kind == MentionKind.Place && place.TokenStart >= start + 2 && place.TokenEnd <= end &&
        IsTownAt(tokens, place.TokenStart);
}
