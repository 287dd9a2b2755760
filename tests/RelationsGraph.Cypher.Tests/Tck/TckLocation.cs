using System.Runtime.CompilerServices;
using IOPath = System.IO.Path;

namespace RelationsGraph.Cypher.Tests.Tck;

/// <summary>Finds the repository (the folder holding RelationsGraph.sln) and the shared TCK next to it.</summary>
internal static class TckLocation
{
    public static string? RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>../shared/tck/features relative to the repository, or null when this checkout has no TCK beside it.</summary>
    public static string? FeaturesDirectory { get; } = RepositoryRoot is null
        ? null
        : Existing(IOPath.GetFullPath(IOPath.Combine(RepositoryRoot, "..", "shared", "tck", "features")));

    public static string PassFloorFile => IOPath.Combine(RepositoryRoot!, "tests", "RelationsGraph.Tck", "pass-floor.json");

    /// <summary>
    /// Walks up from the test binaries, which live in the repository by default; builds with --artifacts-path put
    /// them elsewhere, so the path this source file was compiled from is the fallback.
    /// </summary>
    private static string? FindRepositoryRoot()
        => FindUpwards(AppContext.BaseDirectory) ?? FindUpwards(IOPath.GetDirectoryName(SourceFilePath()));

    private static string? FindUpwards(string? start)
    {
        for (var directory = start is null ? null : new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            if (File.Exists(IOPath.Combine(directory.FullName, "RelationsGraph.sln"))) return directory.FullName;
        return null;
    }

    private static string SourceFilePath([CallerFilePath] string path = "") => path;

    private static string? Existing(string directory) => Directory.Exists(directory) ? directory : null;
}

/// <summary>A fact that skips itself, saying why, when the openCypher TCK is not available.</summary>
public sealed class TckFactAttribute : FactAttribute
{
    public TckFactAttribute()
    {
        if (TckLocation.FeaturesDirectory is null)
            Skip = "The openCypher TCK was not found at ../shared/tck/features next to the repository root.";
    }
}
