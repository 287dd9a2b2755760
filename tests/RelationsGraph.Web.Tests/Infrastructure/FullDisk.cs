namespace RelationsGraph.Web.Tests.Infrastructure;

/// <summary>A full disk as the kernel reports it: every write goes to /dev/full and fails with ENOSPC.</summary>
internal static class FullDisk
{
    /// <summary>The exception a write to a full disk throws.</summary>
    public static IOException KernelError()
    {
        try
        {
            using var full = Open();
            full.Write([1, 2, 3]);
        }
        catch (IOException e)
        {
            return e;
        }
        throw new InvalidOperationException("/dev/full accepted a write");
    }

    private static FileStream Open() => new("/dev/full", FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 0);

    /// <summary>Creates each upload file where asked (a full disk still does), then its writes fail.</summary>
    public sealed class UploadFiles(ExplorerSettings settings) : RelationsGraph.Web.Uploads.UploadFiles(settings)
    {
        public override Stream Create(string path)
        {
            File.Create(path).Dispose();
            return Open();
        }
    }
}
