namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "observers mandated by the UN Charter's Chapter VII", "both sides pledged respect for the UN Charter": the founding
/// charter of the United Nations, cited as the frame of what the story's parties do, is no document of the story (the pattern:
/// the world body's charter is invoked in passing by every side; a regional body's charter, such as the ASEAN Charter, is
/// rarer and stays). One the sentence concludes (signed, adopted) still counts.
/// </summary>
internal static class WorldCharterCited
{
    private static readonly FrozenSet<string> Titles = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "UN Charter", "U.N. Charter", "United Nations Charter", "Charter of the United Nations", "Charter of the UN" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool Is(string? title, bool concluded) =>
        !concluded && title is not null && Titles.Contains(title.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? title[4..].Trim() : title.Trim());
}
