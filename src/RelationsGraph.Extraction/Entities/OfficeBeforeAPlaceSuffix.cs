using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "Defence Secretary Tomas de Villa said", "the security adviser, Ana Brook, stayed": a name right after an office title,
/// or in apposition after a person noun, is a person's, even when its last word is a place word ("Lake", "Villa", "Hall")
/// that would make an unknown name a place (pattern: surnames that are also topographic nouns). A monarch's title before a
/// place word names a venue called after the monarch ("King Orvan Hall"), so it does not count.
/// </summary>
internal static class OfficeBeforeAPlaceSuffix
{
    private static readonly HashSet<string> Monarchs = new(StringComparer.OrdinalIgnoreCase)
    {
        "King", "Queen", "Sultan", "Emir", "Emperor", "Empress", "Prince", "Princess", "Crown Prince", "Sheikh", "Tsar", "Pope",
    };

    public static bool Names(string? title, bool titleIsOffice, IReadOnlyList<Token> tokens, int first, int wordCount)
    {
        // "the Prime Minister's Official Residence": a title owning the name names the holder's venue, not the holder.
        if (wordCount is < 2 or > 3 || first >= 1 && tokens[first - 1].Text is "'s" or "’s" or "'" or "’") return false;
        if (title is not null && titleIsOffice && !Monarchs.Contains(title) && !Monarchs.Contains(title.Split(' ')[^1])) return true;
        return first >= 2 && tokens[first - 1].Text == "," && !tokens[first - 2].IsCapitalized && Lexicon.PersonNouns.Contains(tokens[first - 2].Text);
    }
}
