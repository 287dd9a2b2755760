namespace RelationsGraph.Loading.Ingestion;

/// <summary>
/// A caption for an article whose file gave no headline: its opening words, cut at a word boundary,
/// so lists, panels and traces show something a reader recognises instead of the article's id.
/// </summary>
public static class FallbackTitle
{
    public const int MaxLength = 80;

    public static string? For(string? title, string text)
    {
        if (!string.IsNullOrWhiteSpace(title)) return title;
        var opening = FirstLine(text);
        if (opening.Length == 0) return null;
        if (opening.Length <= MaxLength) return opening;
        var cut = opening.LastIndexOf(' ', MaxLength);
        return opening[..(cut > MaxLength / 2 ? cut : MaxLength)].TrimEnd(',', ';', ':', ' ') + "…";
    }

    private static string FirstLine(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            var trimmed = string.Join(' ', line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (trimmed.Length > 0) return trimmed;
        }
        return "";
    }
}
