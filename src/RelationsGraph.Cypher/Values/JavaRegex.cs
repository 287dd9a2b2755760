using System.Text;
using System.Text.RegularExpressions;

namespace RelationsGraph.Cypher.Values;

/// <summary>
/// Compiles the Java-flavoured patterns Cypher's =~ takes into .NET regexes. The two dialects agree on
/// nearly everything users write; the one common Java construct .NET lacks, \Q...\E quoting, is rewritten.
/// </summary>
internal static class JavaRegex
{
    /// <summary>A regex that matches only whole strings, like Java's String.matches.</summary>
    public static Regex CompileWholeMatch(string pattern, TimeSpan timeout) =>
        new($"^(?:{RewriteQuoting(pattern)})\\z", RegexOptions.CultureInvariant, timeout);

    // \Q...\E quotes everything in between (an unterminated \Q quotes to the end of the pattern).
    internal static string RewriteQuoting(string pattern)
    {
        if (!pattern.Contains("\\Q", StringComparison.Ordinal)) return pattern;
        var result = new StringBuilder(pattern.Length);
        var i = 0;
        while (i < pattern.Length)
        {
            if (pattern[i] == '\\' && i + 1 < pattern.Length)
            {
                if (pattern[i + 1] != 'Q')
                {
                    result.Append(pattern, i, 2); // keep other escapes intact, so "\\Q" stays a literal backslash and Q
                    i += 2;
                    continue;
                }
                var end = pattern.IndexOf("\\E", i + 2, StringComparison.Ordinal);
                var quoted = end < 0 ? pattern[(i + 2)..] : pattern[(i + 2)..end];
                result.Append(Regex.Escape(quoted));
                i = end < 0 ? pattern.Length : end + 2;
                continue;
            }
            result.Append(pattern[i++]);
        }
        return result.ToString();
    }
}
