namespace RelationsGraph.Cypher.Storage.Durability;

/// <summary>A seekable Stream over an <see cref="IStorageFile"/>, for BinaryReader/Writer (wrap it in a BufferedStream).</summary>
internal sealed class StorageFileStream(IStorageFile file) : Stream
{
    public override bool CanRead => true;
    public override bool CanSeek => true;
    public override bool CanWrite => true;
    public override long Length => file.Length;
    public override long Position { get; set; }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = file.Read(Position, buffer);
        Position += read;
        return read;
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        file.Write(Position, buffer);
        Position += buffer.Length;
    }

    public override void Flush() { } // durability is the caller's explicit IStorageFile.Sync

    public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
    {
        SeekOrigin.Begin => offset,
        SeekOrigin.Current => Position + offset,
        _ => file.Length + offset,
    };

    public override void SetLength(long value) => file.SetLength(value);
}
