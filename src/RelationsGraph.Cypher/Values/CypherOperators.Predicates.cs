using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace RelationsGraph.Cypher.Values;

/// <summary>IN, STARTS WITH, ENDS WITH, CONTAINS and =~, with Cypher's null semantics.</summary>
public static partial class CypherOperators
{
    /// <summary>
    /// x IN list: true when some element equals x; otherwise null when some comparison was unknown
    /// (null elements, null x with a non-empty list), else false. A null list gives null.
    /// </summary>
    public static bool? In(object? element, object? list)
    {
        if (list is null) return null;
        var items = CypherTypes.AsList(list) ?? throw CypherErrors.OperatorTypes("IN", element, list);
        var unknown = false;
        foreach (var item in items)
        {
            var equal = CypherEquality.Equals(element, item);
            if (equal == true) return true;
            if (equal is null) unknown = true;
        }
        return unknown ? null : false;
    }

    /// <summary>Ordinal prefix test; null unless both operands are strings.</summary>
    public static bool? StartsWith(object? text, object? prefix) =>
        text is string s && prefix is string p ? s.StartsWith(p, StringComparison.Ordinal) : null;

    /// <summary>Ordinal suffix test; null unless both operands are strings.</summary>
    public static bool? EndsWith(object? text, object? suffix) =>
        text is string s && suffix is string p ? s.EndsWith(p, StringComparison.Ordinal) : null;

    /// <summary>Ordinal substring test; null unless both operands are strings.</summary>
    public static bool? Contains(object? text, object? part) =>
        text is string s && part is string p ? s.Contains(p, StringComparison.Ordinal) : null;

    /// <summary>
    /// text =~ pattern: whether the whole string matches the (Java-style) regular expression; null unless
    /// both are strings. A malformed pattern is an ArgumentError.
    /// </summary>
    public static bool? RegexMatch(object? text, object? pattern)
    {
        if (text is not string s || pattern is not string p) return null;
        try
        {
            return CompiledPattern(p).IsMatch(s);
        }
        catch (RegexMatchTimeoutException)
        {
            throw CypherErrors.InvalidArgumentValue($"Matching the regular expression '{p}' took too long.");
        }
    }

    private static readonly ConcurrentDictionary<string, Regex> Patterns = new(StringComparer.Ordinal);
    private const int MaxCachedPatterns = 256;

    private static Regex CompiledPattern(string pattern)
    {
        if (Patterns.TryGetValue(pattern, out var cached)) return cached;
        Regex regex;
        try
        {
            regex = JavaRegex.CompileWholeMatch(pattern);
        }
        catch (ArgumentException e)
        {
            throw CypherErrors.InvalidArgumentValue($"Invalid regular expression '{pattern}': {e.Message}");
        }
        if (Patterns.Count >= MaxCachedPatterns) Patterns.Clear();
        Patterns[pattern] = regex;
        return regex;
    }
}
