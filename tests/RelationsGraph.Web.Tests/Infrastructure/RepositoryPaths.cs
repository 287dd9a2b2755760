using System.Runtime.CompilerServices;

namespace RelationsGraph.Web.Tests.Infrastructure;

/// <summary>Folders of the repository, found from this source file (builds may live elsewhere).</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = Path.GetFullPath(Path.Combine(ThisDirectory(), "..", "..", ".."));
    public static string WebRoot => Path.Combine(Root, "wwwroot");
    /// <summary>Screenshots the browser tests take: a build folder, so a test run leaves the tree clean;
    /// scripts/refresh-screenshots.sh copies the ones the README shows into docs/screenshots.</summary>
    public static string Screenshots => Path.Combine(Root, "artifacts", "screenshots");
    public static string Seeds => Path.GetFullPath(Path.Combine(Root, "..", "shared", "seeds"));

    private static string ThisDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
