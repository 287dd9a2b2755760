namespace RelationsGraph.Cypher.Storage;

/// <summary>
/// Every relationship type name this process has used, numbered from 0 in order of first use and never forgotten
/// (type names are few). A <see cref="RelationshipEntity"/> holds its type's number in the 4 bytes beside its id
/// instead of an 8-byte reference to the name: the object is 64 bytes, not 72, and a bulk load of a million
/// relationships allocates (and the collector copies) 8 MB less. The name read back is one shared instance per type.
/// </summary>
internal static class RelationshipTypeNumbers
{
    private static readonly Lock Gate = new();
    private static readonly Dictionary<string, int> Numbers = new(StringComparer.Ordinal);
    // Replaced when full, never changed below its count: a reader holding a number finds its name in the array it reads.
    private static string[] names = new string[16];

    /// <summary>The number of type, given it at its first use.</summary>
    public static int NumberOf(string type)
    {
        lock (Gate)
        {
            if (Numbers.TryGetValue(type, out var number)) return number;
            number = Numbers.Count;
            var current = names;
            if (number == current.Length)
            {
                var grown = new string[current.Length * 2];
                current.CopyTo(grown, 0);
                current = grown;
            }
            current[number] = type;
            Volatile.Write(ref names, current);
            Numbers[type] = number;
            return number;
        }
    }

    /// <summary>The name numbered number (one instance per name).</summary>
    public static string NameOf(int number) => Volatile.Read(ref names)[number];
}
