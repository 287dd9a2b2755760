using System.Text.RegularExpressions;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// A monarch's or pope's regnal numeral written as one word of capital Roman digits ("I", "IV", "XVI"), the last word of
/// names such as "Charles III" or "Joseph I of Portugal" (shared by the family-name label and NameWithItsRealm).
/// </summary>
internal static partial class RegnalNumeral
{
    [GeneratedRegex(@"^[IVX]{1,5}$")]
    private static partial Regex Pattern();

    public static bool Is(string word) => Pattern().IsMatch(word);
}
