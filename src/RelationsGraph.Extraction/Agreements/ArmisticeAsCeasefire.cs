namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "An armistice concluded at Varenne on 4 May", "the two kings agreed on an armistice": news and histories of wars between
/// states call their ceasefire an armistice, so the word is a ceasefire document under the same test (a verb of agreeing or
/// signing governs it, see <see cref="CeasefireAgreed"/>); "asked for an armistice" or "Armistice Day" make none. The
/// document keeps its own word in its name. Only the finder admits the word: a recalled armistice is no signing the meeting
/// stage should tell as a gathering of its own.
/// </summary>
internal static class ArmisticeAsCeasefire
{
    public static bool IsNoun(string lower) => lower is "armistice";

    /// <summary>The name label of a document whose first mention is headed by the word, else null.</summary>
    public static string? Label(string head) => IsNoun(head) ? "armistice" : null;
}
