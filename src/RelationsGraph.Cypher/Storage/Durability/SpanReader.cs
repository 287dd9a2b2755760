using System.Buffers.Binary;
using System.Text;
using RelationsGraph.Cypher.Values.Temporal;

namespace RelationsGraph.Cypher.Storage.Durability;

/// <summary>
/// Reads what a BinaryWriter wrote (little-endian primitives, 7-bit encoded integers, length-prefixed UTF-8
/// strings, ValueCodec values) from a section already in memory: a call per value on a span instead of
/// through a reader and a buffered stream, for the hundreds of thousands of small records of a snapshot.
/// Reading past the end throws (ArgumentOutOfRangeException or IndexOutOfRangeException), which opening reports as damage.
/// </summary>
internal ref struct SpanReader(ReadOnlySpan<byte> data)
{
    private readonly ReadOnlySpan<byte> data = data;
    private int position;

    public readonly bool AtEnd => position == data.Length;

    /// <summary>Where the next read starts, from the start of the data (settable to read a record again later).</summary>
    public int Position { readonly get => position; set => position = value; }

    public byte ReadByte() => data[position++];

    public int ReadInt32()
    {
        var value = BinaryPrimitives.ReadInt32LittleEndian(data[position..]);
        position += sizeof(int);
        return value;
    }

    public long ReadInt64()
    {
        var value = BinaryPrimitives.ReadInt64LittleEndian(data[position..]);
        position += sizeof(long);
        return value;
    }

    public double ReadDouble()
    {
        var value = BinaryPrimitives.ReadDoubleLittleEndian(data[position..]);
        position += sizeof(double);
        return value;
    }

    public int Read7BitEncodedInt()
    {
        uint result = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            var b = ReadByte();
            result |= (uint)(b & 0x7F) << shift;
            if (b < 0x80) return (int)result;
        }
        throw new InvalidDataException("A 7-bit encoded integer runs past five bytes.");
    }

    public long Read7BitEncodedInt64()
    {
        ulong result = 0;
        for (var shift = 0; shift < 70; shift += 7)
        {
            var b = ReadByte();
            result |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80) return (long)result;
        }
        throw new InvalidDataException("A 7-bit encoded integer runs past ten bytes.");
    }

    public string ReadString()
    {
        var length = Read7BitEncodedInt();
        if (length < 0) throw new InvalidDataException("Negative string length.");
        var text = Encoding.UTF8.GetString(data.Slice(position, length));
        position += length;
        return text;
    }

    /// <summary>A value as ValueCodec.Write wrote it.</summary>
    public object? ReadValue()
    {
        var tag = ReadByte();
        switch (tag)
        {
            case ValueCodec.Null: return null;
            case ValueCodec.False: return false;
            case ValueCodec.True: return true;
            case ValueCodec.Integer: return ReadInt64();
            case ValueCodec.Float: return ReadDouble();
            case ValueCodec.Text: return ReadString();
            case ValueCodec.Temporal:
                var kind = ReadString();
                return TemporalValue.Parse(kind, ReadString());
            case ValueCodec.List:
                var count = ReadInt32();
                if (count < 0) throw new InvalidDataException("Negative list length.");
                var items = new List<object?>(Math.Min(count, 1024));
                for (var i = 0; i < count; i++) items.Add(ReadValue());
                return items;
            default: throw new InvalidDataException($"Unknown value tag {tag}.");
        }
    }

    /// <summary>Steps over a value as ValueCodec.Write wrote it without making it (tags and lengths still checked).</summary>
    public void SkipValue()
    {
        var tag = ReadByte();
        switch (tag)
        {
            case ValueCodec.Null: case ValueCodec.False: case ValueCodec.True: return;
            case ValueCodec.Integer: case ValueCodec.Float: Skip(sizeof(long)); return;
            case ValueCodec.Text: SkipString(); return;
            case ValueCodec.Temporal: SkipString(); SkipString(); return;
            case ValueCodec.List:
                var count = ReadInt32();
                if (count < 0) throw new InvalidDataException("Negative list length.");
                for (var i = 0; i < count; i++) SkipValue();
                return;
            default: throw new InvalidDataException($"Unknown value tag {tag}.");
        }
    }

    private void SkipString()
    {
        var length = Read7BitEncodedInt();
        if (length < 0) throw new InvalidDataException("Negative string length.");
        Skip(length);
    }

    private void Skip(int length)
    {
        if (length > data.Length - position) throw new InvalidDataException("A value runs past the end of its section.");
        position += length;
    }
}
