using System.Text;
using RelationsGraph.Cypher.Values;

namespace RelationsGraph.Cypher.Functions;

/// <summary>
/// String functions: case, trimming, replace, substring, left, right, split. Any null argument gives null;
/// positions and lengths count code points (see <see cref="CodePoints"/>).
/// </summary>
internal static class StringFunctions
{
    public static IEnumerable<CypherFunction> All() =>
    [
        StringToString("toLower", s => s.ToLowerInvariant()),
        StringToString("toUpper", s => s.ToUpperInvariant()),
        StringToString("lower", s => s.ToLowerInvariant()),
        StringToString("upper", s => s.ToUpperInvariant()),
        StringToString("trim", s => s.Trim()),
        CypherFunction.NullSafe("ltrim", 1, 2, args => Trim("ltrim", args, start: true, end: false)),
        CypherFunction.NullSafe("rtrim", 1, 2, args => Trim("rtrim", args, start: false, end: true)),
        CypherFunction.NullSafe("btrim", 1, 2, args => Trim("btrim", args, start: true, end: true)),
        CypherFunction.NullSafe("replace", 3, 3, args => Replace(
            FunctionArguments.String("replace", args[0]),
            FunctionArguments.String("replace", args[1]),
            FunctionArguments.String("replace", args[2]))),
        CypherFunction.NullSafe("substring", 2, 3, Substring),
        CypherFunction.NullSafe("left", 2, 2, args =>
        {
            var text = FunctionArguments.String("left", args[0]);
            var length = FunctionArguments.NonNegativeInteger("left", args[1], "length");
            return CodePoints.Slice(text, 0, length);
        }),
        CypherFunction.NullSafe("right", 2, 2, args =>
        {
            var text = FunctionArguments.String("right", args[0]);
            var length = FunctionArguments.NonNegativeInteger("right", args[1], "length");
            var count = CodePoints.Count(text);
            return CodePoints.Slice(text, Math.Max(0, count - length), length);
        }),
        CypherFunction.NullSafe("split", 2, 2, Split),
    ];

    private static CypherFunction StringToString(string name, Func<string, string> body) =>
        CypherFunction.NullSafeUnary(name, value => body(FunctionArguments.String(name, value)));

    private static object Trim(string name, object[] args, bool start, bool end)
    {
        var text = FunctionArguments.String(name, args[0]);
        if (args.Length == 1)
            return start && end ? text.Trim() : start ? text.TrimStart() : text.TrimEnd();
        var characters = FunctionArguments.String(name, args[1]).ToCharArray();
        return start && end ? text.Trim(characters) : start ? text.TrimStart(characters) : text.TrimEnd(characters);
    }

    // Java's String.replace: an empty search string matches between every pair of characters.
    private static string Replace(string text, string search, string replacement)
    {
        // The result can be far larger than the text (replace(s, '', s) squares it): its largest possible size must fit first.
        var matches = search.Length > 0 ? text.Length / search.Length : text.Length + 1L;
        var largest = text.Length + matches * Math.Max(0, replacement.Length - search.Length);
        MemoryTracker.Building(ValueSize.OfString((int)Math.Min(int.MaxValue, largest)));
        if (largest > Array.MaxLength) throw CypherErrors.NumberOutOfRange("replace(): the result would be longer than a string can be.");
        if (search.Length > 0) return text.Replace(search, replacement, StringComparison.Ordinal);
        var result = new StringBuilder(replacement);
        foreach (var character in text) result.Append(character).Append(replacement);
        return result.ToString();
    }

    private static object Substring(object[] args)
    {
        var text = FunctionArguments.String("substring", args[0]);
        var start = FunctionArguments.NonNegativeInteger("substring", args[1], "start");
        var length = args.Length > 2 ? FunctionArguments.NonNegativeInteger("substring", args[2], "length") : int.MaxValue;
        return CodePoints.Slice(text, start, length);
    }

    /// <summary>split(text, delimiter): keeps empty pieces; the delimiter may also be a list of delimiters.</summary>
    private static object Split(object[] args)
    {
        var text = FunctionArguments.String("split", args[0]);
        string[] delimiters = args[1] switch
        {
            string single => [single],
            var other when CypherTypes.AsList(other) is { } list =>
                list.Select(d => d as string ?? throw CypherErrors.FunctionArgument("split", other, "a String or a List of Strings")).ToArray(),
            var other => throw CypherErrors.FunctionArgument("split", other, "a String or a List of Strings"),
        };

        var nonEmpty = delimiters.Where(d => d.Length > 0).ToArray();
        // Up to one piece per character: a 16-million-character string would become 16 million strings.
        var pieces = nonEmpty.Length == 0 ? text.Length : text.Length / nonEmpty.Min(d => d.Length) + 1L;
        MemoryTracker.Building(ValueSize.OfList(pieces) + ValueSize.OfString(text.Length) + pieces * ValueSize.OfString(0));
        if (nonEmpty.Length == 0) // an empty delimiter splits into single characters
        {
            var characters = new List<object?>(text.Length);
            for (var i = 0; i < text.Length; i++)
            {
                if ((i & 0xFFFF) == 0xFFFF) StatementDeadline.ThrowIfPassed();
                characters.Add(text[i].ToString());
            }
            return characters;
        }
        return text.Split(nonEmpty, StringSplitOptions.None).Cast<object?>().ToList();
    }
}
