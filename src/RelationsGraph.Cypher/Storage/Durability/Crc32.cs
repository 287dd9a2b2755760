using System.Buffers.Binary;

namespace RelationsGraph.Cypher.Storage.Durability;

/// <summary>
/// CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320): detects torn and corrupt records and snapshots.
/// Table driven, eight bytes a step ("slicing-by-8": eight tables, each folding one byte position of the
/// step), which makes checking a snapshot of tens of megabytes at opening several times cheaper than a
/// byte at a time; the value is the same either way. Whole snapshots stream through System.IO.Hashing's
/// vectorised CRC-32 instead (same polynomial and values; see ChecksummedStream); records of the log use this one.
/// </summary>
internal static class Crc32
{
    private const int Slices = 8;
    // Tables[k * 256 + b]: the CRC contribution of byte b standing k bytes before the end of a step.
    private static readonly uint[] Tables = BuildTables();

    public static uint Compute(ReadOnlySpan<byte> data) => Append(0, data);

    /// <summary>Continues a CRC over more data; Append(Append(0, a), b) == Compute(a + b).</summary>
    public static uint Append(uint crc, ReadOnlySpan<byte> data)
    {
        var tables = Tables;
        crc = ~crc;
        while (data.Length >= Slices)
        {
            var low = BinaryPrimitives.ReadUInt32LittleEndian(data) ^ crc;
            var high = BinaryPrimitives.ReadUInt32LittleEndian(data[4..]);
            crc = tables[7 * 256 + (low & 0xFF)] ^ tables[6 * 256 + ((low >> 8) & 0xFF)]
                ^ tables[5 * 256 + ((low >> 16) & 0xFF)] ^ tables[4 * 256 + (low >> 24)]
                ^ tables[3 * 256 + (high & 0xFF)] ^ tables[2 * 256 + ((high >> 8) & 0xFF)]
                ^ tables[1 * 256 + ((high >> 16) & 0xFF)] ^ tables[high >> 24];
            data = data[Slices..];
        }
        foreach (var b in data) crc = tables[(crc ^ b) & 0xFF] ^ (crc >> 8);
        return ~crc;
    }

    /// <summary>A byte at a time with the first table only: the definition the sliced loop must agree with (tests compare them).</summary>
    internal static uint AppendBytewise(uint crc, ReadOnlySpan<byte> data)
    {
        crc = ~crc;
        foreach (var b in data) crc = Tables[(crc ^ b) & 0xFF] ^ (crc >> 8);
        return ~crc;
    }

    private static uint[] BuildTables()
    {
        var tables = new uint[Slices * 256];
        for (uint i = 0; i < 256; i++)
        {
            var c = i;
            for (var bit = 0; bit < 8; bit++) c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
            tables[i] = c;
        }
        for (var k = 1; k < Slices; k++)
            for (var i = 0; i < 256; i++)
            {
                var previous = tables[(k - 1) * 256 + i];
                tables[k * 256 + i] = (previous >> 8) ^ tables[previous & 0xFF];
            }
        return tables;
    }
}
