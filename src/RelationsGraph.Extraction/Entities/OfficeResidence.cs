using RelationsGraph.Extraction.Knowledge;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "talks at the Prime Minister House", "a reception at the Governor's House", "the President's Palace": an office
/// title right before a residence word (possessive or not) names the office's official residence, a venue, not a
/// person called "House" (pattern: an office's residence named by the office).
/// </summary>
internal static class OfficeResidence
{
    public const string Rule = "an office's residence named by the office ('the Governor's House')";

    /// <summary>Words that end a residence's name; surnames such as "Park" or "Hall" are left out, so "President Park" stays a person.</summary>
    private static readonly FrozenSet<string> ResidenceWords = new HashSet<string>(StringComparer.Ordinal) { "House", "Palace", "Residence", "Mansion", "Lodge" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The chunk the residence's name starts at (the title's), or null when the word at <paramref name="suffix"/> is no office's residence.</summary>
    public static int? TitleStart(IReadOnlyList<NameChunk> chunks, int suffix)
    {
        if (!ResidenceWords.Contains(chunks[suffix].Text) || suffix == 0) return null;
        var before = suffix - 1;
        if (chunks[before].Text is "'s" or "’s") before--;
        return before >= 0 && chunks[before].Kind == GazetteerKind.Title ? before : null;
    }
}
