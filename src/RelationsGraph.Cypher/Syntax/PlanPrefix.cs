namespace RelationsGraph.Cypher.Syntax;

/// <summary>
/// The EXPLAIN and PROFILE prefixes, read before the parser sees the query. The prefix is blanked
/// with spaces rather than cut, so positions in the parser's errors still point into the text the
/// user typed. Like Neo4j, the two cannot be combined and each may appear once.
/// </summary>
public static class PlanPrefix
{
    public static (PlanMode Mode, string Query) Split(string text)
    {
        var start = SkipBlank(text, 0);
        var mode = ModeOf(text, start, out var end);
        if (mode == PlanMode.None) return (PlanMode.None, text);

        var next = SkipBlank(text, end);
        var second = ModeOf(text, next, out var secondEnd);
        if (second != PlanMode.None)
        {
            var errors = new SyntaxErrors(text);
            throw second != mode
                ? errors.At(start, "InvalidPrefix", "Can't mix PROFILE and EXPLAIN")
                : errors.At(next, "InvalidPrefix", $"Invalid input '{text[next..secondEnd]}': {Word(mode)} may appear only once, before the query");
        }
        if (next >= text.Length)
            throw new SyntaxErrors(text).At(next, "InvalidPrefix", $"Invalid input '': expected a query after {Word(mode)}");
        return (mode, string.Concat(new string(' ', end), text.AsSpan(end)));
    }

    private static string Word(PlanMode mode) => mode == PlanMode.Explain ? "EXPLAIN" : "PROFILE";

    private static PlanMode ModeOf(string text, int at, out int end)
    {
        end = at;
        while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '_')) end++;
        var word = text.AsSpan(at, end - at);
        if (word.Equals("EXPLAIN", StringComparison.OrdinalIgnoreCase)) return PlanMode.Explain;
        if (word.Equals("PROFILE", StringComparison.OrdinalIgnoreCase)) return PlanMode.Profile;
        return PlanMode.None;
    }

    // Whitespace and comments, as the lexer skips them.
    private static int SkipBlank(string text, int at)
    {
        while (at < text.Length)
        {
            if (char.IsWhiteSpace(text[at])) at++;
            else if (text.AsSpan(at).StartsWith("//"))
            {
                while (at < text.Length && text[at] is not ('\n' or '\r')) at++;
            }
            else if (text.AsSpan(at).StartsWith("/*"))
            {
                var close = text.IndexOf("*/", at + 2, StringComparison.Ordinal);
                at = close < 0 ? text.Length : close + 2;
            }
            else break;
        }
        return at;
    }
}
