using System.CommandLine;
using RelationsGraph.Cypher;
using RelationsGraph.Cypher.Storage;
using RelationsGraph.Loading.Database;
using RelationsGraph.Web;

namespace RelationsGraph.Commands;

/// <summary>`serve`: the web explorer on the embedded store (or Neo4j), on loopback unless told otherwise.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string>("--urls") { Description = "Addresses to listen on, ';'-separated.", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var data = new Option<string?>("--data") { Description = "Data directory of the embedded store (default ./data or RELATIONSGRAPH_DATA)." };
        var neo4j = new Option<string?>("--neo4j") { Description = "Neo4j HTTP address, e.g. http://localhost:7474 (or NEO4J_URI); credentials from NEO4J_USER/NEO4J_PASSWORD." };
        var samples = new Option<string?>("--samples")
        {
            Description = "Load the sample articles (samples/, or the folder given) at start-up. Without it they are loaded only into an empty store.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var noSamples = new Option<bool>("--no-samples") { Description = "Never load the sample articles." };
        var token = new Option<string?>("--token") { Description = $"Access token for loading and the console when bound beyond loopback (or {ExplorerSettings.TokenVariable})." };
        var timeout = new Option<double>("--timeout") { Description = "Query time limit in seconds.", DefaultValueFactory = _ => 10 };
        var maxRows = new Option<int>("--max-rows") { Description = "Row cap of console results.", DefaultValueFactory = _ => 1000 };
        var allowedHosts = new Option<string?>("--allowed-hosts")
        {
            Description = "Host names to answer besides loopback ones, ';'-separated ('*' for any; or the AllowedHosts setting). Default: the bound addresses.",
        };

        var maxMemory = new Option<int>("--max-query-memory-mb") { Description = "Estimated memory one query may hold, in MiB.", DefaultValueFactory = _ => 256 };
        var maxResult = new Option<int>("--max-result-mb") { Description = "Estimated size of one result, in MiB (one value: half of it).", DefaultValueFactory = _ => 32 };
        var recover = StoreOpening.RecoverOption();

        var command = new Command("serve", "Start the web explorer.") { urls, data, neo4j, samples, noSamples, token, timeout, maxRows, maxMemory, maxResult, allowedHosts, recover };
        command.SetAction(async (parse, cancellationToken) =>
        {
            try
            {
                var samplesGiven = parse.GetResult(samples) is not null;
                var settings = new ExplorerSettings
                {
                    Urls = parse.GetValue(urls)!,
                    Database = GraphDatabaseSettings.Resolve(parse.GetValue(data), parse.GetValue(neo4j)) with { Recover = parse.GetValue(recover) },
                    SamplesDirectory = parse.GetValue(noSamples) ? null : parse.GetValue(samples) ?? ExplorerSettings.DefaultSamplesDirectory(),
                    SamplesOnlyWhenEmpty = !samplesGiven,
                    Token = parse.GetValue(token) ?? NonEmpty(Environment.GetEnvironmentVariable(ExplorerSettings.TokenVariable)),
                    QueryApiPassword = NonEmpty(Environment.GetEnvironmentVariable("RELATIONSGRAPH_QUERY_API_PASSWORD")),
                    QueryTimeout = TimeSpan.FromSeconds(Math.Max(0.1, parse.GetValue(timeout))),
                    MaxRows = Math.Max(1, parse.GetValue(maxRows)),
                    AllowedHosts = parse.GetValue(allowedHosts) is { } hosts ? AllowedHostNames.Split(hosts) : null,
                    QueryMemoryBytes = (long)Math.Max(1, parse.GetValue(maxMemory)) << 20,
                    MaxResultBytes = (long)Math.Max(1, parse.GetValue(maxResult)) << 20,
                    MaxValueBytes = (long)Math.Max(1, parse.GetValue(maxResult)) << 19,
                };
                await using var app = ExplorerHost.Build(settings);
                StoreOpening.ReportRecovery("serve", app.Services.GetRequiredService<IGraphDatabasePort>());
                await ExplorerHost.SeedSamplesAsync(app, settings, Console.Out, cancellationToken);
                await app.StartAsync(cancellationToken);
                Console.WriteLine($"serve: graph: {app.Services.GetRequiredService<IGraphDatabasePort>().Description}");
                Console.WriteLine($"serve: access: {app.Services.GetRequiredService<AccessPolicy>().Describe()}");
                var hostNames = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.HostFiltering.HostFilteringOptions>>().Value.AllowedHosts;
                Console.WriteLine($"serve: answers host names {string.Join(", ", hostNames)}; changes only from its own page (same origin).");
                foreach (var address in app.Urls) Console.WriteLine($"serve: explorer at {address}/  (API description: {address}/openapi/v1.json)");
                await app.WaitForShutdownAsync(cancellationToken);
                return 0;
            }
            catch (DamagedStoreException e)
            {
                return StoreOpening.ReportDamage("serve", e);
            }
            catch (CypherException e)
            {
                Console.Error.WriteLine($"serve: {e.ErrorClass}: {e.Message}");
                return 2;
            }
            catch (Exception e) when (e is ArgumentException or IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"serve: {e.Message}");
                return 2;
            }
        });
        return command;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
