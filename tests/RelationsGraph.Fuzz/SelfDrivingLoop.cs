using System.Diagnostics;

namespace RelationsGraph.Fuzz;

/// <summary>
/// Fuzzing without AFL: mutated corpus inputs, run one after another, with a watchdog thread that
/// samples the managed heap and catches a run that ignores its time limit altogether. Every finding
/// is written to the output folder with its input; the current input is kept on disk too, so a crash
/// that kills the process (a stack overflow) still leaves the input behind.
/// </summary>
internal sealed class SelfDrivingLoop(FuzzTarget target, Mutator mutator, long memoryLimitBytes, string outputDirectory)
{
    private long heapPeak;
    private long livePeak;
    private long runStarted = long.MaxValue;

    public sealed record Summary(long Runs, long CypherErrors, long Clean, long TimedOut, int Findings, TimeSpan MaxElapsed, double MaxOverrunMs,
        long HeapPeakAboveBaseline, long LivePeakAboveBaseline, long PeakWorkingSet, TimeSpan Duration);

    public Summary Run(long runs, TimeSpan maxDuration, TextWriter log, IReadOnlyList<string> warmUp)
    {
        // One pass over the corpus first, so that compiling the engine's code (JIT) is not counted as overrunning.
        foreach (var input in warmUp) target.Run(input);
        Directory.CreateDirectory(outputDirectory);
        var current = Path.Combine(outputDirectory, "current-input.cypher");
        GC.Collect();
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        using var stop = new CancellationTokenSource();
        var watchdog = new Thread(() => Watch(baseline, stop.Token, current, log)) { IsBackground = true };
        watchdog.Start();

        var clock = Stopwatch.StartNew();
        long done = 0, errors = 0, clean = 0, timedOut = 0;
        var findings = 0;
        var maxElapsed = TimeSpan.Zero;
        var maxOverrun = double.MinValue;
        while (done < runs && clock.Elapsed < maxDuration)
        {
            var input = mutator.Next();
            File.WriteAllText(current, input);
            Interlocked.Exchange(ref runStarted, Stopwatch.GetTimestamp());
            var outcome = target.Run(input);
            Interlocked.Exchange(ref runStarted, long.MaxValue);
            // The garbage one input leaves is collected between runs, not in the middle of the next one's time.
            if (GC.GetTotalMemory(forceFullCollection: false) - baseline > 64L << 20) GC.Collect();
            done++;
            if (outcome.Verdict == Verdict.CypherError) errors++;
            if (outcome.Verdict == Verdict.Clean) clean++;
            if (outcome.TimedOut) timedOut++;
            if (outcome.Elapsed > maxElapsed) maxElapsed = outcome.Elapsed;
            maxOverrun = Math.Max(maxOverrun, (outcome.Elapsed - target.TimeLimit).TotalMilliseconds);
            if (outcome.IsFinding)
            {
                findings++;
                var file = Path.Combine(outputDirectory, $"finding-{findings:D3}-{outcome.Verdict}.txt");
                File.WriteAllText(file, $"{outcome.Verdict}: {outcome.Detail}\n--- input ---\n{input}\n");
                log.WriteLine($"finding {findings}: {outcome.Verdict} ({file}) {Describe(outcome.Detail)}");
            }
            if (done % 20000 == 0)
                log.WriteLine($"{done} runs, {findings} findings, max {maxElapsed.TotalMilliseconds:0} ms, heap peak +{Interlocked.Read(ref heapPeak) >> 20} MiB");
        }
        stop.Cancel();
        watchdog.Join();
        var heapAbove = Interlocked.Read(ref heapPeak);
        var liveAbove = Interlocked.Read(ref livePeak);
        if (liveAbove > MemoryAllowance())
        {
            findings++;
            log.WriteLine($"finding {findings}: live managed memory reached {liveAbove >> 20} MiB above its start, beyond the allowance of {MemoryAllowance() >> 20} MiB");
        }
        return new Summary(done, errors, clean, timedOut, findings, maxElapsed, maxOverrun, heapAbove, liveAbove,
            Process.GetCurrentProcess().PeakWorkingSet64, clock.Elapsed);
    }

    /// <summary>The tracker's figures are estimates and the collector runs late, so the heap may pass the limit by a margin; twice the limit plus 64 MiB is the line.</summary>
    private long MemoryAllowance() => 2 * memoryLimitBytes + (64L << 20);

    private void Watch(long baseline, CancellationToken stop, string current, TextWriter log)
    {
        var hangAfter = (long)((target.TimeLimit.TotalSeconds * 20 + 10) * Stopwatch.Frequency);
        while (!stop.IsCancellationRequested)
        {
            var above = GC.GetTotalMemory(forceFullCollection: false) - baseline;
            if (above > Interlocked.Read(ref heapPeak)) Interlocked.Exchange(ref heapPeak, above);
            // The heap holds garbage until the collector runs; past the allowance, collect and look at what is live.
            if (above > MemoryAllowance())
            {
                var live = GC.GetTotalMemory(forceFullCollection: true) - baseline;
                if (live > Interlocked.Read(ref livePeak)) Interlocked.Exchange(ref livePeak, live);
            }
            var started = Interlocked.Read(ref runStarted);
            if (started != long.MaxValue && Stopwatch.GetTimestamp() - started > hangAfter)
            {
                log.WriteLine($"finding: a run ignored its time limit for over {hangAfter / Stopwatch.Frequency} s; input in {current}");
                log.Flush();
                Environment.Exit(3);
            }
            Thread.Sleep(5);
        }
    }

    private static string Describe(string? detail) => detail is null ? "" : detail.Split('\n')[0];
}
