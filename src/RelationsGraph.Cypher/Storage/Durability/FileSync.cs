using System.Runtime.InteropServices;

namespace RelationsGraph.Cypher.Storage.Durability;

/// <summary>fsync of a directory, so that a creation or rename in it survives a power cut (Linux only; a no-op elsewhere).</summary>
internal static class FileSync
{
    private const int ReadOnlyDirectory = 0x10000; // O_RDONLY | O_DIRECTORY on Linux
    private const int InvalidArgument = 22; // EINVAL: the file system cannot sync directories at all

    public static void Directory(string path)
    {
        if (!OperatingSystem.IsLinux()) return;
        var descriptor = open(path, ReadOnlyDirectory);
        if (descriptor < 0) return; // best effort: the file contents themselves are already synced
        try
        {
            if (fsync(descriptor) != 0 && Marshal.GetLastPInvokeError() is var error and not InvalidArgument)
                throw new IOException($"fsync of the directory '{path}' failed (errno {error}).");
        }
        finally { _ = close(descriptor); }
    }

#pragma warning disable SYSLIB1054 // LibraryImport would need unsafe code enabled for the whole project
    [DllImport("libc", SetLastError = true)]
    private static extern int open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport("libc", SetLastError = true)]
    private static extern int fsync(int descriptor);

    [DllImport("libc")]
    private static extern int close(int descriptor);
#pragma warning restore SYSLIB1054
}
