using System.Text.Json;
using System.Text.RegularExpressions;
using RelationsGraph.Web.Tests.Infrastructure;

namespace RelationsGraph.Web.Tests.Build;

/// <summary>The page's libraries come through LibMan: every script and stylesheet the page loads from
/// lib/ is a file that libman.json restores, and the build has put it in wwwroot/lib.</summary>
public sealed partial class BrowserLibraryTests
{
    [Fact]
    public void Every_library_the_page_loads_is_restored_by_libman_into_wwwroot_lib()
    {
        var page = File.ReadAllText(Path.Combine(RepositoryPaths.WebRoot, "index.html"));
        var loaded = LibraryReference().Matches(page).Select(m => m.Groups["path"].Value).ToList();
        var restored = RestoredFiles().ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(loaded);
        Assert.All(loaded, path =>
        {
            Assert.Contains(path, restored);
            Assert.True(File.Exists(Path.Combine(RepositoryPaths.WebRoot, "lib", path)), $"wwwroot/lib/{path} was not restored by the build");
        });
    }

    [Fact]
    public void Every_library_module_the_page_imports_is_restored_by_libman_into_wwwroot_lib()
    {
        var imported = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.WebRoot, "js"), "*.js")
            .SelectMany(file => LibraryImport().Matches(File.ReadAllText(file)).Select(m => m.Groups["path"].Value)).ToList();
        var restored = RestoredFiles().ToHashSet(StringComparer.Ordinal);

        // The esbuild bundles of the console's editor and of its linter (imported by the lint worker).
        Assert.Contains("cypher-codemirror/cypher-codemirror.js", imported);
        Assert.Contains("cypher-language-support/cypher-language-support.js", imported);
        Assert.All(imported, path =>
        {
            Assert.Contains(path, restored);
            Assert.True(File.Exists(Path.Combine(RepositoryPaths.WebRoot, "lib", path)), $"wwwroot/lib/{path} was not restored by the build");
        });
    }

    /// <summary>Paths under wwwroot/lib that libman.json's libraries write.</summary>
    private static IEnumerable<string> RestoredFiles()
    {
        using var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "libman.json")));
        Assert.Equal("filesystem", config.RootElement.GetProperty("defaultProvider").GetString());
        foreach (var library in config.RootElement.GetProperty("libraries").EnumerateArray())
        {
            var destination = library.GetProperty("destination").GetString()!;
            Assert.StartsWith("wwwroot/lib/", destination);
            foreach (var file in library.GetProperty("files").EnumerateArray())
                yield return destination["wwwroot/lib/".Length..] + file.GetString();
        }
    }

    [GeneratedRegex("(?:src|href)=\"lib/(?<path>[^\"]+)\"")]
    private static partial Regex LibraryReference();

    [GeneratedRegex("from '\\.\\./lib/(?<path>[^']+)'")]
    private static partial Regex LibraryImport();
}
