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
            return CompiledPattern(p, MatchTimeout()).IsMatch(s);
        }
        catch (RegexMatchTimeoutException)
        {
            if (StatementDeadline.Remaining is { } left && left < RegexTimeoutCeiling)
                throw new CypherException("Timeout", "TransactionTimedOut", ErrorPhase.Runtime,
                    $"The query exceeded its time limit while matching the regular expression '{p}' and was stopped.");
            throw CypherErrors.InvalidArgumentValue($"Matching the regular expression '{p}' took too long.");
        }
    }

    private static readonly ConcurrentDictionary<(string, TimeSpan), Regex> Patterns = new();
    private const int MaxCachedPatterns = 256;
    private static readonly TimeSpan RegexTimeoutCeiling = TimeSpan.FromSeconds(5);

    /// <summary>
    /// A backtracking pattern like '(a+)+$' can run for ages inside one match: it gets what is left of the
    /// statement's time (rounded down to 5 ms steps, so compiled patterns can still be cached; the regex
    /// engine notices its timeout a little late, hence the margin), at most 5 s.
    /// </summary>
    private static TimeSpan MatchTimeout()
    {
        if (StatementDeadline.Remaining is not { } left || left >= RegexTimeoutCeiling) return RegexTimeoutCeiling;
        return TimeSpan.FromMilliseconds(Math.Max(1, Math.Floor(left.TotalMilliseconds * 0.9 / 5) * 5));
    }

    private static Regex CompiledPattern(string pattern, TimeSpan timeout)
    {
        if (Patterns.TryGetValue((pattern, timeout), out var cached)) return cached;
        Regex regex;
        try
        {
            regex = JavaRegex.CompileWholeMatch(pattern, timeout);
        }
        catch (ArgumentException e)
        {
            throw CypherErrors.InvalidArgumentValue($"Invalid regular expression '{pattern}': {e.Message}");
        }
        if (Patterns.Count >= MaxCachedPatterns) Patterns.Clear();
        Patterns[(pattern, timeout)] = regex;
        return regex;
    }
}
