namespace RelationsGraph.Cypher.Semantics;

internal enum ValueKind { Any, Null, Boolean, Integer, Float, String, List, Map, Node, Relationship, Path }

/// <summary>
/// What the analyzer knows of a value's type before running the query; Any when it cannot tell.
/// Element is the element kind of a list, when known. Only certain knowledge leads to errors.
/// </summary>
internal readonly record struct StaticType(ValueKind Kind, ValueKind Element = ValueKind.Any)
{
    public static readonly StaticType Any = new(ValueKind.Any);
    public static readonly StaticType Null = new(ValueKind.Null);
    public static readonly StaticType Boolean = new(ValueKind.Boolean);
    public static readonly StaticType Integer = new(ValueKind.Integer);
    public static readonly StaticType Float = new(ValueKind.Float);
    public static readonly StaticType String = new(ValueKind.String);
    public static readonly StaticType Map = new(ValueKind.Map);
    public static readonly StaticType Node = new(ValueKind.Node);
    public static readonly StaticType Relationship = new(ValueKind.Relationship);
    public static readonly StaticType Path = new(ValueKind.Path);

    public static StaticType ListOf(ValueKind element) => new(ValueKind.List, element);

    /// <summary>Unknown or null: a value that may turn out to be anything (null passes every check).</summary>
    public bool IsOpen => Kind is ValueKind.Any or ValueKind.Null;

    public bool IsNumber => Kind is ValueKind.Integer or ValueKind.Float;

    public bool Is(params ValueKind[] kinds) => IsOpen || Array.IndexOf(kinds, Kind) >= 0;

    public static StaticType OfLiteral(object? value) => value switch
    {
        null => Null,
        bool => Boolean,
        long => Integer,
        double => Float,
        string => String,
        _ => Any,
    };

    /// <summary>The common kind of several values (for list elements): their kind if they agree, ignoring nulls.</summary>
    public static ValueKind Common(IEnumerable<StaticType> types)
    {
        ValueKind? common = null;
        foreach (var type in types)
        {
            if (type.Kind == ValueKind.Null) continue;
            if (common is null) common = type.Kind;
            else if (common != type.Kind) return ValueKind.Any;
        }
        return common ?? ValueKind.Any;
    }

    public override string ToString() => Kind == ValueKind.List && Element != ValueKind.Any ? $"List<{Element}>" : Kind.ToString();
}
