namespace RelationsGraph.Extraction.Text;

/// <summary>
/// Word tests over a sentence's tokens by index, for the recognisers that run on every sentence: LINQ's Any over an
/// IReadOnlyList boxes an enumerator each call, which the hot loops paid for on every sentence of every article.
/// </summary>
internal static class TokenScan
{
    /// <summary>Whether any token passes <paramref name="test"/> (pass a static lambda: it is cached, so nothing is allocated).</summary>
    public static bool Any(List<Token> tokens, Func<Token, bool> test)
    {
        for (var k = 0; k < tokens.Count; k++)
            if (test(tokens[k])) return true;
        return false;
    }

    /// <summary>The first index from <paramref name="from"/> whose token passes <paramref name="test"/>, or <paramref name="none"/>.</summary>
    public static int First(List<Token> tokens, int from, Func<Token, bool> test, int none)
    {
        for (var k = Math.Max(0, from); k < tokens.Count; k++)
            if (test(tokens[k])) return k;
        return none;
    }
}
