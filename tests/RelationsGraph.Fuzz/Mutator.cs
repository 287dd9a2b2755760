using System.Text;

namespace RelationsGraph.Fuzz;

/// <summary>
/// Makes new inputs from corpus entries, the way a coverage-less mutational fuzzer does: cut, repeat
/// and splice spans, insert tokens from a Cypher dictionary, swap numbers for boundary values, and
/// wrap text in nested brackets (the shape that once made the parser exponential). Seeded, so a
/// run can be replayed exactly.
/// </summary>
/// Hostile seeds (deep nesting, huge values) are picked now and then only: most of them run until a
/// limit stops them, and at every pick they would make the loop slow without finding more.
internal sealed class Mutator(IReadOnlyList<string> corpus, IReadOnlyList<string> hostile, int seed)
{
    private const double HostileShare = 0.03;
    private readonly Random random = new(seed);

    private static readonly string[] Tokens =
    [
        "MATCH ", "OPTIONAL MATCH ", "WITH ", "WITH * ", "RETURN ", "UNWIND ", " AS x ", "WHERE ", "ORDER BY ", " DESC ", "SKIP ", "LIMIT ",
        "DISTINCT ", "CREATE ", "MERGE ", "SET ", "DELETE ", "DETACH DELETE ", "REMOVE ", "UNION ", "UNION ALL ", "CALL ", "YIELD ",
        " AND ", " OR ", " XOR ", " NOT ", " IN ", " IS NULL ", " IS NOT NULL ", " STARTS WITH ", " ENDS WITH ", " CONTAINS ", " =~ ",
        "(", ")", "[", "]", "{", "}", ",", ".", "..", ":", "|", "-", "->", "<-", "-->", "*", "+", "/", "%", "^", "=", "<>", "<", ">=",
        "$id", "$list", "$map", "$big", "$text", "$null", "null", "true", "false", "''", "'x'", "\"\\u0041\"", "n", "r", "p", "x", "n.name",
        "(n)", "(n:Person)", "()-[r:KNOWS]->()", "[x IN range(0, 10) | x]", "[(n)-->(m) | m]", "{a: 1}", "count(*)", "collect(x)",
        "range(0, 100000000)", "range(0, 9223372036854775807)", "reduce(s = '', x IN range(0, 64) | s + s)", "EXISTS { MATCH (n) }",
        "CASE WHEN true THEN 1 ELSE 2 END", "shortestPath((a)-[*]-(b))", "[*0..]", "[*1..5]", "size(", "toString(", "toInteger(",
        "duration(", "date(", "datetime(", "localtime(", "time(", "split(", "substring(", "replace(", "reverse(", "tail(", "keys(",
        "properties(", "labels(", "type(", "id(", "abs(", "sqrt(", "log(", "exp(", "round(", "percentileCont(", "stDev(", "avg(", "sum(",
    ];

    private static readonly string[] Numbers =
    [
        "0", "-1", "1", "2", "9223372036854775807", "-9223372036854775808", "9223372036854775808", "0x7fffffffffffffff", "0o777",
        "1e308", "1e309", "-0.0", "0.1", "4294967296", "2147483648", "99999999999999999999", "1000000", "100000000", "NaN",
    ];

    private static readonly string[] Strings =
    [
        "'PT99999999999999999999S'", "'P9999999999Y'", "'-P1Y'", "'+999999999-12-31'", "'2020-13-45'", "'T25:61'", "'P1Y2M3DT4H5M6.789S'",
        "'2015-W53-7'", "'2015-365'", "'12:00+25:00'", "'2015-07-21T21:40:32.142[Europe/Nowhere]'", "'\\uD800'", "'.*(a|b)*c'", "'(((((a*)*)*)*)*'",
    ];

    public string Next()
    {
        var seeds = hostile.Count > 0 && random.NextDouble() < HostileShare ? hostile : corpus;
        var input = seeds[random.Next(seeds.Count)];
        var rounds = random.Next(3) == 0 ? 1 + random.Next(4) : 1;
        for (var i = 0; i < rounds; i++) input = Mutate(input);
        return input.Length > 4000 ? input[..4000] : input;
    }

    private string Mutate(string input) => random.Next(10) switch
    {
        0 => Delete(input),
        1 => Duplicate(input),
        2 => Insert(input, Pick(Tokens)),
        3 => ReplaceNumber(input),
        4 => ReplaceString(input),
        5 => Splice(input),
        6 => Nest(input),
        7 => Insert(input, Pick(Tokens) + Pick(Numbers)),
        8 => FlipCharacter(input),
        _ => Insert(input, Pick(Strings)),
    };

    private string Pick(string[] choices) => choices[random.Next(choices.Length)];

    private (int Start, int Length) Span(string input)
    {
        if (input.Length == 0) return (0, 0);
        var start = random.Next(input.Length);
        return (start, random.Next(Math.Min(20, input.Length - start) + 1));
    }

    private string Delete(string input)
    {
        var (start, length) = Span(input);
        return input.Remove(start, length);
    }

    private string Duplicate(string input)
    {
        var (start, length) = Span(input);
        var piece = input.Substring(start, length);
        return input.Insert(start, string.Concat(Enumerable.Repeat(piece, 1 + random.Next(random.Next(3) == 0 ? 40 : 3))));
    }

    private string Insert(string input, string piece) => input.Insert(random.Next(input.Length + 1), piece);

    private string FlipCharacter(string input)
    {
        if (input.Length == 0) return input;
        var builder = new StringBuilder(input);
        builder[random.Next(input.Length)] = (char)random.Next(32, 127);
        return builder.ToString();
    }

    private string ReplaceNumber(string input)
    {
        var digit = input.IndexOfAny("0123456789".ToCharArray(), random.Next(input.Length + 1));
        if (digit < 0) return Insert(input, Pick(Numbers));
        var end = digit;
        while (end < input.Length && char.IsAsciiDigit(input[end])) end++;
        return input[..digit] + Pick(Numbers) + input[end..];
    }

    private string ReplaceString(string input)
    {
        var quote = input.IndexOf('\'', random.Next(input.Length + 1));
        var close = quote < 0 ? -1 : input.IndexOf('\'', quote + 1);
        if (close < 0) return Insert(input, Pick(Strings));
        return input[..quote] + Pick(Strings) + input[(close + 1)..];
    }

    /// <summary>Crossover: a head of this input and a tail of another.</summary>
    private string Splice(string input)
    {
        var other = corpus[random.Next(corpus.Count)];
        return input[..random.Next(input.Length + 1)] + other[random.Next(other.Length + 1)..];
    }

    /// <summary>Wraps a span in k levels of one bracket shape, e.g. [({a: ... })].</summary>
    private string Nest(string input)
    {
        string[][] shapes = [["{a: ", "}"], ["({a: ", "})"], ["[({a: ", "})]"], ["[", "]"], ["(", ")"], ["-(", ")"], ["NOT (", ")"], ["[x IN [", "] | x]"]];
        var shape = shapes[random.Next(shapes.Length)];
        var depth = 1 + random.Next(random.Next(4) == 0 ? 260 : 8);
        var (start, length) = Span(input);
        return input[..start] + string.Concat(Enumerable.Repeat(shape[0], depth)) + input.Substring(start, length)
            + string.Concat(Enumerable.Repeat(shape[1], depth)) + input[(start + length)..];
    }
}
