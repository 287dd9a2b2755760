using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RelationsGraph.Benchmarks.Peer;

/// <summary>
/// Kuzu, run by node from bench/kuzu/peer.mjs as a child process: one JSON request per line on its stdin,
/// one answer per line on its stdout (the request/response pattern over pipes). It times its own calls.
/// </summary>
public sealed class KuzuPeer : IDisposable
{
    private readonly Process process;

    private KuzuPeer(Process process) => this.process = process;

    public static string ScriptPath => Path.Combine(FindPeerFolder(), "peer.mjs");

    public static KuzuPeer Start()
    {
        var folder = FindPeerFolder();
        if (!System.IO.Directory.Exists(Path.Combine(folder, "node_modules", "kuzu")))
            throw new InvalidOperationException($"Kuzu is not installed for the benchmark: run `npm ci --prefix {folder}` first.");
        var start = new ProcessStartInfo("node", [ScriptPath])
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false, WorkingDirectory = folder,
        };
        return new KuzuPeer(Process.Start(start) ?? throw new InvalidOperationException("node did not start"));
    }

    public string Version => Request(new JsonObject { ["op"] = "version" })["version"]!.GetValue<string>();

    public (double Seconds, long Count) Load(string directory, GraphCsv csv)
    {
        var reply = Request(new JsonObject { ["op"] = "load", ["directory"] = directory, ["nodes"] = csv.NodesPath, ["relationships"] = csv.RelationshipsPath });
        return (reply["seconds"]!.GetValue<double>(), reply["count"]!.GetValue<long>());
    }

    /// <summary>UNWIND ... MERGE into a new database, in a fresh node process (see peer.mjs for why).</summary>
    public static (double Seconds, long Count) Merge(string directory, GraphCsv csv, int limit, int batch)
    {
        var reply = ProbeProcess.Run("node", [ScriptPath, "merge", directory, csv.NodesPath, csv.RelationshipsPath, limit.ToString(), batch.ToString()]);
        return (reply["seconds"]!.GetValue<double>(), reply["count"]!.GetValue<long>());
    }

    public void Close() => Request(new JsonObject { ["op"] = "close" });

    public (double Ms, string Answer) Reopen(string directory, long id)
    {
        var reply = Request(new JsonObject { ["op"] = "reopen", ["directory"] = directory, ["id"] = id });
        return (reply["ms"]!.GetValue<double>(), reply["answer"]!.ToString());
    }

    public (double[] Times, string[] Answers) Run(PeerMeasure measure, IReadOnlyList<long[]> parameters)
    {
        var list = new JsonArray(parameters.Select(p => (JsonNode)new JsonArray(p.Select(v => (JsonNode)JsonValue.Create(v)).ToArray())).ToArray());
        var reply = Request(new JsonObject { ["op"] = "run", ["measure"] = measure.PeerQuery, ["parameters"] = list });
        return (reply["times"]!.AsArray().Select(t => t!.GetValue<double>()).ToArray(), reply["answers"]!.AsArray().Select(a => a!.ToString()).ToArray());
    }

    /// <summary>A fresh node process opens the database and answers one lookup: its open time and resident memory.</summary>
    public static JsonNode Probe(string directory, long id) => ProbeProcess.Run("node", [ScriptPath, "probe", directory, id.ToString()]);

    public void Dispose()
    {
        try
        {
            process.StandardInput.WriteLine("{\"op\":\"quit\"}");
            if (!process.WaitForExit(10_000)) process.Kill();
        }
        catch (IOException) { /* already gone */ }
        process.Dispose();
    }

    private JsonNode Request(JsonObject request)
    {
        process.StandardInput.WriteLine(request.ToJsonString());
        var line = process.StandardOutput.ReadLine() ?? throw new InvalidOperationException("the Kuzu peer exited");
        var reply = JsonNode.Parse(line)!;
        if (reply["ok"]?.GetValue<bool>() != true) throw new InvalidOperationException($"Kuzu peer: {reply["error"]}");
        return reply;
    }

    /// <summary>bench/kuzu, found by walking up from the build output to the repository.</summary>
    private static string FindPeerFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "bench", "kuzu");
            if (File.Exists(Path.Combine(candidate, "peer.mjs"))) return candidate;
        }
        throw new InvalidOperationException("bench/kuzu/peer.mjs not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>Runs a one-shot probe process and parses the JSON line it prints last.</summary>
internal static class ProbeProcess
{
    public static JsonNode Run(string program, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, UseShellExecute = false };
        using var process = Process.Start(start) ?? throw new InvalidOperationException(program + " did not start");
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var last = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault()
            ?? throw new InvalidOperationException($"{program} probe printed nothing (exit {process.ExitCode})");
        return JsonNode.Parse(last)!;
    }

    /// <summary>This benchmark again, as a fresh process in --open-probe mode.</summary>
    public static JsonNode RunSelf(params string[] arguments)
    {
        var self = Environment.ProcessPath!;
        var viaHost = Path.GetFileNameWithoutExtension(self) == "dotnet";
        var all = viaHost ? new[] { typeof(ProbeProcess).Assembly.Location }.Concat(arguments) : arguments;
        return Run(self, all);
    }
}
