using System.Text.RegularExpressions;

namespace RelationsGraph.Web;

/// <summary>Picks the sentences of an article that name an entity by any of its aliases.</summary>
internal static partial class SentenceFinder
{
    public static IReadOnlyList<string> Naming(string? text, IReadOnlyCollection<string> aliases, int limit = 5)
    {
        if (string.IsNullOrEmpty(text) || aliases.Count == 0) return [];
        var names = aliases.Where(a => a.Length > 1).ToList();
        return SentenceBoundary().Split(text)
            .Select(s => s.Trim())
            .Where(s => names.Any(n => s.Contains(n, StringComparison.OrdinalIgnoreCase)))
            .Take(limit)
            .ToList();
    }

    // A sentence ends at . ! or ? followed by whitespace, or at a blank line.
    [GeneratedRegex(@"(?<=[.!?])\s+|\n\s*\n")]
    private static partial Regex SentenceBoundary();
}
