using System.CommandLine;
using RelationsGraph.Cypher;
using RelationsGraph.Cypher.Storage;
using RelationsGraph.Loading.Database;
using RelationsGraph.Loading.Ingestion;
using Spectre.Console;

namespace RelationsGraph.Commands;

/// <summary>`ingest PATH...`: extracts article files and loads them, one transaction per article.</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Article files, directories or globs.", Arity = ArgumentArity.OneOrMore };
        var data = new Option<string?>("--data") { Description = "Data directory of the embedded store (default ./data or RELATIONSGRAPH_DATA)." };
        var neo4j = new Option<string?>("--neo4j") { Description = "Neo4j HTTP address, e.g. http://localhost:7474 (or NEO4J_URI); credentials from NEO4J_USER/NEO4J_PASSWORD." };

        var recover = StoreOpening.RecoverOption();

        var command = new Command("ingest", "Extract articles and load them into the graph.") { paths, data, neo4j, recover };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (files, missing) = ArticlePaths.Expand(parse.GetValue(paths) ?? []);
            foreach (var path in missing) Console.Error.WriteLine($"ingest: no article files match '{path}'");
            try
            {
                var settings = GraphDatabaseSettings.Resolve(parse.GetValue(data), parse.GetValue(neo4j)) with { Recover = parse.GetValue(recover) };
                await using var database = GraphDatabaseFactory.Open(settings);
                StoreOpening.ReportRecovery("ingest", database);
                var loader = new ArticleLoader(database, new LibraryArticleExtractor());
                var summary = await LoadWithProgressAsync(loader, files, cancellationToken);
                PrintSummary(summary, database.Description);
                return summary.Failed > 0 || missing.Count > 0 ? 1 : 0;
            }
            catch (DamagedStoreException e)
            {
                return StoreOpening.ReportDamage("ingest", e);
            }
            catch (CypherException e)
            {
                Console.Error.WriteLine($"ingest: {e.ErrorClass}: {e.Message}");
                return 2;
            }
            catch (Exception e) when (e is ArgumentException or IOException or UnauthorizedAccessException or NotImplementedException)
            {
                Console.Error.WriteLine($"ingest: {e.Message}");
                return 2;
            }
        });
        return command;
    }

    private static async Task<LoadSummary> LoadWithProgressAsync(ArticleLoader loader, IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        LoadSummary? summary = null;
        await Terminal.Out.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("files", maxValue: Math.Max(1, files.Count));
                int entities = 0, relationships = 0, done = 0;
                var progress = new SynchronousProgress<FileLoadResult>(result =>
                {
                    done++;
                    entities += result.Entities;
                    relationships += result.Relationships;
                    task.Description = $"files {done}/{files.Count}, entities {entities}, relationships {relationships}";
                    task.Increment(1);
                });
                summary = await loader.LoadAsync(files, progress, cancellationToken);
                task.Value = task.MaxValue;
            });
        return summary!;
    }

    private static void PrintSummary(LoadSummary summary, string database)
    {
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(database));
        table.AddColumn("");
        table.AddColumn(new TableColumn("count").RightAligned());
        void Row(string what, object value) => table.AddRow(Markup.Escape(what), Markup.Escape(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!));
        Row("files", summary.Files.Count);
        Row("  loaded", summary.Loaded);
        Row("  unchanged (already loaded)", summary.Unchanged);
        Row("  failed", summary.Failed);
        Row("entities", summary.Entities);
        Row("relationships", summary.Relationships);
        Row("nodes created", summary.NodesCreated);
        Row("relationships created", summary.RelationshipsCreated);
        Row("seconds", summary.Elapsed.TotalSeconds.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
        Row("articles/s", summary.FilesPerSecond.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture));
        Terminal.Out.Write(table);
        foreach (var failure in summary.Files.Where(f => f.Status == FileLoadStatus.Failed))
            Console.Error.WriteLine($"ingest: {failure.Path}: {failure.Error}");
    }

    // Progress<T> posts to the thread pool; the bar must be updated in order, on the loading thread.
    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
