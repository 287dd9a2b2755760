using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using QueryOptions = RelationsGraph.Cypher.QueryOptions;
using QueryResult = RelationsGraph.Cypher.QueryResult;
using RelationsGraph.Loading.Database;
using RelationsGraph.Web.Tests.Infrastructure;
using RelationsGraph.Web.Uploads;

namespace RelationsGraph.Web.Tests.Api;

/// <summary>
/// A full disk answers 507 with a message the page shows, and leaves no file; an unexpected error
/// answers 500 without internals. The full disk is the kernel's own: writes go to /dev/full.
/// </summary>
public sealed class FailureTests
{
    private const string Article = "Disk probe\n2026-03-03\n\nPresident Lee Jae Myung met Prime Minister Sanae Takaichi in Busan on March 3, 2026.\n";

    [Fact]
    public async Task A_full_disk_while_storing_the_upload_answers_507_and_leaves_no_file()
    {
        await using var server = await TestServer.StartAsync(withArticles: false,
            replaceServices: s => s.AddSingleton<UploadFiles, FullDisk.UploadFiles>());

        var response = await server.Http.PostAsync("/api/articles", new MultipartFormDataContent { { new StringContent(Article), "files", "disk-probe.txt" } });

        await AssertDiskFullAsync(response);
        Assert.Empty(FilesUnder(server));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)] // a store may report it as a Cypher error carrying the system's message
    public async Task A_full_disk_while_the_store_commits_answers_507_and_leaves_no_file(bool asCypherError)
    {
        var store = Path.Combine(Path.GetTempPath(), "relationsgraph-web-tests", "full-" + Guid.NewGuid().ToString("N"));
        await using var database = new CommitsHitAFullDisk(EmbeddedGraphDatabase.Open(store), asCypherError);
        await using var server = await TestServer.StartAsync(withArticles: false, database: database);

        var response = await server.Http.PostAsync("/api/articles", new MultipartFormDataContent { { new StringContent(Article), "files", "disk-probe.txt" } });

        await AssertDiskFullAsync(response);
        Assert.Empty(FilesUnder(server));
        try { Directory.Delete(store, recursive: true); } catch (IOException) { /* still closing */ }
    }

    [Fact]
    public async Task An_unexpected_error_answers_500_without_internals()
    {
        await using var database = new ReadsThrow(EmbeddedGraphDatabase.CreateInMemory());
        await using var server = await TestServer.StartAsync(withArticles: false, database: database);

        var response = await server.Http.GetAsync("/api/articles");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain(ReadsThrow.Secret, body);
        Assert.DoesNotContain(" at ", body);
        Assert.DoesNotContain("RelationsGraph.", body);
    }

    private static async Task AssertDiskFullAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.InsufficientStorage, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("disk", JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    private static IEnumerable<string> FilesUnder(TestServer server)
    {
        var folder = Path.Combine(server.DataDirectory, "uploads");
        return Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories) : [];
    }

    /// <summary>The real store, whose transactions fail to commit the way a full disk makes them fail.</summary>
    private sealed class CommitsHitAFullDisk(IGraphDatabasePort inner, bool asCypherError) : IGraphDatabasePort
    {
        public string Description => inner.Description;
        public Task<QueryResult> RunAsync(string cypher, IReadOnlyDictionary<string, object?>? parameters = null, QueryOptions? options = null,
            CancellationToken cancellationToken = default) => inner.RunAsync(cypher, parameters, options, cancellationToken);
        public Task<IReadOnlyList<QueryResult>> RunInTransactionAsync(IReadOnlyList<(string Cypher, IReadOnlyDictionary<string, object?>? Parameters)> statements,
            CancellationToken cancellationToken = default) => throw (asCypherError
            ? new RelationsGraph.Cypher.CypherException("DatabaseError", "StorageFailure", RelationsGraph.Cypher.ErrorPhase.Runtime, $"Commit failed: {FullDisk.KernelError().Message}")
            : FullDisk.KernelError());
        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }

    /// <summary>The real store, whose reads fail with an error carrying internals that must not reach the client.</summary>
    private sealed class ReadsThrow(IGraphDatabasePort inner) : IGraphDatabasePort
    {
        public const string Secret = "secret-internal-state-42";
        public string Description => inner.Description;
        public Task<QueryResult> RunAsync(string cypher, IReadOnlyDictionary<string, object?>? parameters = null, QueryOptions? options = null,
            CancellationToken cancellationToken = default) =>
            cypher.Contains("schema", StringComparison.OrdinalIgnoreCase) || cypher.StartsWith("CREATE", StringComparison.Ordinal)
                || cypher.StartsWith("CALL db.awaitIndexes", StringComparison.Ordinal) // the schema's last statement
                ? inner.RunAsync(cypher, parameters, options, cancellationToken)
                : throw new InvalidOperationException(Secret);
        public Task<IReadOnlyList<QueryResult>> RunInTransactionAsync(IReadOnlyList<(string Cypher, IReadOnlyDictionary<string, object?>? Parameters)> statements,
            CancellationToken cancellationToken = default) => inner.RunInTransactionAsync(statements, cancellationToken);
        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
