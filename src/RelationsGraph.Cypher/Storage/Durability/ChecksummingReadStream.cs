namespace RelationsGraph.Cypher.Storage.Durability;

/// <summary>
/// Reads the first length bytes of a stream and keeps a CRC-32 of everything read, so that a snapshot is
/// checked in the same pass that reads it into its arrays instead of in a pass of its own (the checksum-on-read
/// of storage engines). Its position is the bytes read so far; it cannot seek.
/// </summary>
internal sealed class ChecksummingReadStream(Stream inner, long length) : Stream
{
    private readonly System.IO.Hashing.Crc32 crc = new(); // vectorised; the same CRC-32 as Crc32
    private long read;

    public uint Crc => crc.GetCurrentHashAsUInt32();

    public override bool CanRead => true;
    // BufferedStream asks the position of a seekable stream only; nothing here seeks.
    public override bool CanSeek => true;
    public override bool CanWrite => false;
    public override long Length => length;
    public override long Position { get => read; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var wanted = (int)Math.Min(buffer.Length, length - read);
        if (wanted <= 0) return 0;
        var got = inner.Read(buffer[..wanted]);
        crc.Append(buffer[..got]);
        read += got;
        return got;
    }

    /// <summary>Reads what is left of the length, for the checksum only (after a failure, to tell damage from a bug); false when the stream ends early.</summary>
    public bool ReadToEnd()
    {
        var chunk = new byte[1 << 16];
        while (read < length)
            if (Read(chunk) == 0) return false;
        return true;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
