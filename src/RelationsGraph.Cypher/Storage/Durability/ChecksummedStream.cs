namespace RelationsGraph.Cypher.Storage.Durability;

/// <summary>
/// A forward-only pass-through stream that keeps a running CRC-32 of every byte read or written (the
/// vectorised one of System.IO.Hashing: a snapshot is tens of megabytes; same values as <see cref="Crc32"/>).
/// </summary>
internal sealed class ChecksummedStream(Stream inner) : Stream
{
    private readonly System.IO.Hashing.Crc32 crc = new();

    public uint Crc => crc.GetCurrentHashAsUInt32();

    public override bool CanRead => inner.CanRead;
    public override bool CanSeek => false;
    public override bool CanWrite => inner.CanWrite;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        crc.Append(buffer[..read]);
        return read;
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        crc.Append(buffer);
        inner.Write(buffer);
    }

    public override void Flush() => inner.Flush();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
