using System.Globalization;
using RelationsGraph.Fuzz;

// Fuzz target for the Cypher engine (parse + plan + execute). Verbs:
//   run [--runs N] [--seconds S] [--seed K] [--time-limit-ms T] [--memory-limit-mb M] [--corpus DIR] [--out DIR]
//       the self-driving mutational loop; exit code 1 when it found anything
//   replay FILE...        runs saved inputs once each and prints their verdicts
//   export-corpus DIR     one file per corpus query, as AFL's -i folder
//   afl                   the SharpFuzz entry for afl-fuzz (instrument the engine with the sharpfuzz tool first)
var options = Arguments.Parse(args.Skip(1));
var timeLimit = TimeSpan.FromMilliseconds(options.Number("time-limit-ms", 100));
var memoryLimit = (long)options.Number("memory-limit-mb", 64) << 20;
switch (args.FirstOrDefault())
{
    case "run":
    {
        var directory = options.Text("corpus") ?? Corpus.DefaultDirectory;
        var corpus = Corpus.Load(directory, file => !Corpus.IsHostile(file));
        var hostile = Corpus.Load(directory, Corpus.IsHostile);
        var output = options.Text("out") ?? Path.Combine(Path.GetTempPath(), "relationsgraph-fuzz");
        using var target = new FuzzTarget(timeLimit, memoryLimit);
        var seed = (int)options.Number("seed", 1);
        var loop = new SelfDrivingLoop(target, new Mutator(corpus, hostile, seed), memoryLimit, output);
        var summary = loop.Run((long)options.Number("runs", 100_000), TimeSpan.FromSeconds(options.Number("seconds", 3600)), Console.Out, [.. corpus, .. hostile]);
        Console.WriteLine($"fuzz: seed {seed}, {summary.Runs} inputs in {summary.Duration.TotalSeconds:0} s ({summary.Clean} clean, {summary.CypherErrors} Cypher errors of which {summary.TimedOut} time limits), " +
            $"{summary.Findings} findings; time limit {timeLimit.TotalMilliseconds:0} ms, longest run {summary.MaxElapsed.TotalMilliseconds:0.0} ms " +
            $"(max overrun {summary.MaxOverrunMs:0.0} ms); memory limit {memoryLimit >> 20} MiB, managed heap peak +{summary.HeapPeakAboveBaseline >> 20} MiB " +
            $"(live after collection +{summary.LivePeakAboveBaseline >> 20} MiB), " +
            $"process peak working set {summary.PeakWorkingSet >> 20} MiB; findings in {output}");
        return summary.Findings == 0 ? 0 : 1;
    }
    case "replay":
    {
        using var target = new FuzzTarget(timeLimit, memoryLimit);
        var found = 0;
        foreach (var file in args.Skip(1).Where(a => !a.StartsWith("--", StringComparison.Ordinal) && File.Exists(a)))
        {
            var text = File.ReadAllText(file);
            var input = text.Contains("--- input ---\n", StringComparison.Ordinal) ? text[(text.IndexOf("--- input ---\n", StringComparison.Ordinal) + 14)..].TrimEnd('\n') : text;
            var outcome = target.Run(input);
            if (outcome.IsFinding) found++;
            Console.WriteLine($"{file}: {outcome.Verdict} in {outcome.Elapsed.TotalMilliseconds:0.0} ms {outcome.Detail}");
        }
        return found == 0 ? 0 : 1;
    }
    case "export-corpus":
        Corpus.Export(Corpus.Load(options.Text("corpus") ?? Corpus.DefaultDirectory, file => !Corpus.IsHostile(file)), args.Skip(1).First());
        return 0;
    case "afl":
    {
        // Instrumented engine code may only run inside Run, where SharpFuzz has mapped AFL's coverage memory.
        FuzzTarget? target = null;
        SharpFuzz.Fuzzer.OutOfProcess.Run(text =>
        {
            target ??= new FuzzTarget(timeLimit, memoryLimit);
            var outcome = target.Run(text);
            if (outcome.IsFinding) throw new InvalidOperationException($"{outcome.Verdict}: {outcome.Detail}");
        });
        return 0;
    }
    default:
        Console.Error.WriteLine("usage: RelationsGraph.Fuzz run|replay|export-corpus|afl [options] (see Program.cs)");
        return 2;
}

/// <summary>"--name value" pairs.</summary>
internal sealed class Arguments(Dictionary<string, string> values)
{
    public static Arguments Parse(IEnumerable<string> args)
    {
        var list = args.ToList();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < list.Count; i++)
            if (list[i].StartsWith("--", StringComparison.Ordinal)) values[list[i][2..]] = list[++i];
        return new Arguments(values);
    }

    public string? Text(string name) => values.GetValueOrDefault(name);

    public double Number(string name, double fallback) =>
        values.TryGetValue(name, out var text) ? double.Parse(text, CultureInfo.InvariantCulture) : fallback;
}
