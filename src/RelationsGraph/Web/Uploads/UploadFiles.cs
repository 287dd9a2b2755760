using System.Security.Cryptography;

namespace RelationsGraph.Web.Uploads;

/// <summary>An uploaded file in its place; AlreadyThere when the same bytes under the same name were kept before.</summary>
internal sealed record StoredUpload(string Path, bool AlreadyThere);

/// <summary>
/// Where uploaded files are kept: uploads/&lt;digest of the bytes&gt;/&lt;name&gt;, so a name in use with
/// other bytes never replaces a file. Each file is written under uploads/.incoming first and moved
/// into place only once whole (write, then rename); whatever fails removes what it wrote.
/// Create is virtual so tests can hand out a full disk.
/// </summary>
internal class UploadFiles(ExplorerSettings settings)
{
    private const string IncomingFolder = ".incoming";

    public string Folder { get; } = Path.Combine(
        settings.Database.UsesNeo4j ? Path.GetTempPath() : Path.GetFullPath(settings.Database.DataDirectory), "uploads");

    public virtual Stream Create(string path) =>
        new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.Asynchronous);

    public async Task<StoredUpload> StoreAsync(IFormFile file, string name, CancellationToken cancellationToken)
    {
        var incoming = Directory.CreateDirectory(Path.Combine(Folder, IncomingFolder)).FullName;
        var staged = Path.Combine(incoming, Guid.NewGuid().ToString("N") + ".part");
        string digest;
        try
        {
            digest = await CopyAsync(file, staged, cancellationToken);
        }
        catch
        {
            TryDelete(staged);
            throw;
        }

        var folder = Path.Combine(Folder, digest);
        var target = Path.Combine(folder, name);
        try
        {
            Directory.CreateDirectory(folder);
            if (File.Exists(target))
            {
                TryDelete(staged);
                return new StoredUpload(target, AlreadyThere: true);
            }
            File.Move(staged, target);
            return new StoredUpload(target, AlreadyThere: false);
        }
        catch
        {
            TryDelete(staged);
            TryDeleteEmptyFolder(folder);
            throw;
        }
    }

    /// <summary>Removes a file this upload put in place (one kept before stays), and its folder when empty.</summary>
    public void Remove(StoredUpload upload)
    {
        if (upload.AlreadyThere) return;
        TryDelete(upload.Path);
        TryDeleteEmptyFolder(Path.GetDirectoryName(upload.Path)!);
    }

    /// <summary>Copies the upload while hashing it; returns the first 16 hex digits of its sha256.</summary>
    private async Task<string> CopyAsync(IFormFile file, string path, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await using var target = Create(path);
        await using var source = file.OpenReadStream();
        var buffer = new byte[64 * 1024];
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
        {
            hash.AppendData(buffer, 0, read);
            await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }
        await target.FlushAsync(cancellationToken);
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }

    private static void TryDelete(string path)
    {
        try { File.Delete(path); } catch (IOException) { /* best effort: nothing else can be done here */ } catch (UnauthorizedAccessException) { }
    }

    private static void TryDeleteEmptyFolder(string folder)
    {
        try { if (Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any()) Directory.Delete(folder); }
        catch (IOException) { /* another upload may have just used it */ }
        catch (UnauthorizedAccessException) { }
    }
}
