using RelationsGraph.Cypher.Values.Temporal;

namespace RelationsGraph.Cypher.Storage.Durability;

/// <summary>The on-disk form of property values: a tag byte, then the payload.</summary>
internal static class ValueCodec
{
    internal const byte Null = 0, False = 1, True = 2, Integer = 3, Float = 4, Text = 5, List = 6, Temporal = 7;

    public static void Write(BinaryWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.Write(Null); break;
            case bool b: writer.Write(b ? True : False); break;
            case long l: writer.Write(Integer); writer.Write(l); break;
            case double d: writer.Write(Float); writer.Write(d); break;
            case string s: writer.Write(Text); writer.Write(s); break;
            case TemporalValue t: writer.Write(Temporal); writer.Write(t.Kind); writer.Write(t.ToString()!); break;
            case IReadOnlyList<object?> list:
                writer.Write(List);
                writer.Write(list.Count);
                foreach (var item in list) Write(writer, item);
                break;
            default: throw new InvalidDataException($"Cannot persist a {value.GetType().Name} property value.");
        }
    }

    public static object? Read(BinaryReader reader)
    {
        var tag = reader.ReadByte();
        switch (tag)
        {
            case Null: return null;
            case False: return false;
            case True: return true;
            case Integer: return reader.ReadInt64();
            case Float: return reader.ReadDouble();
            case Text: return reader.ReadString();
            case Temporal:
                var kind = reader.ReadString();
                return TemporalValue.Parse(kind, reader.ReadString());
            case List:
                var count = reader.ReadInt32();
                if (count < 0) throw new InvalidDataException("Negative list length.");
                var items = new List<object?>(Math.Min(count, 1024));
                for (var i = 0; i < count; i++) items.Add(Read(reader));
                return items;
            default: throw new InvalidDataException($"Unknown value tag {tag}.");
        }
    }

    public static void WriteProperties(BinaryWriter writer, IReadOnlyDictionary<string, object?> properties)
    {
        writer.Write(properties.Count);
        // A created node's record (most of a bulk load's nodes) is walked by position: no enumerator per node.
        if (properties is PropertyRecord record)
        {
            for (var i = 0; i < record.Count; i++)
            {
                writer.Write(record.KeyAt(i));
                Write(writer, record.ValueAt(i));
            }
            return;
        }
        foreach (var (key, value) in properties)
        {
            writer.Write(key);
            Write(writer, value);
        }
    }

    public static List<KeyValuePair<string, object?>> ReadProperties(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        if (count < 0) throw new InvalidDataException("Negative property count.");
        var properties = new List<KeyValuePair<string, object?>>(Math.Min(count, 1024));
        for (var i = 0; i < count; i++) properties.Add(new(reader.ReadString(), Read(reader)));
        return properties;
    }

    public static void WriteStrings(BinaryWriter writer, IReadOnlyCollection<string> strings)
    {
        writer.Write(strings.Count);
        if (strings is HashSet<string> set)
        {
            foreach (var s in set) writer.Write(s); // the set's own enumerator, not a boxed one per node
            return;
        }
        foreach (var s in strings) writer.Write(s);
    }

    public static string[] ReadStrings(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        if (count < 0) throw new InvalidDataException("Negative string count.");
        SnapshotFormat2.RequireBytesLeft(reader, count); // each string takes a byte at least
        var strings = new string[count];
        for (var i = 0; i < count; i++) strings[i] = reader.ReadString();
        return strings;
    }
}
