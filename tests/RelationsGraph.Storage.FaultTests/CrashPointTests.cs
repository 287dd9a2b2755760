using RelationsGraph.Storage.FaultTests.Seam;
using Xunit.Abstractions;

namespace RelationsGraph.Storage.FaultTests;

/// <summary>
/// The process dies at every mutating file call of the workload (appends, fsyncs, checkpoint renames),
/// with writes torn at several lengths: the store must reopen, never refuse, with every acknowledged
/// transaction and at most the one that was in flight.
/// </summary>
public sealed class CrashPointTests(ITestOutputHelper output) : IDisposable
{
    private readonly ScratchDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public void A_crash_at_any_call_with_any_torn_length_recovers_exactly_the_acknowledged_transactions()
    {
        var operations = FaultTrial.Measure(directory).Operations;
        Assert.True(operations > 60, $"only {operations} operations");
        var tornLengths = new[] { 0, 1, 11, 12, 13, 40, 100_000 };
        foreach (var torn in tornLengths)
            for (var k = 1; k <= operations; k++)
                FaultTrial.Run(directory, new FaultyFileSystem { CrashAtOperation = k, TornWriteBytes = torn },
                    $"crash at call {k} of {operations}, {torn} bytes of a write landing", outcomeMayBeUnknown: true);
        output.WriteLine($"{operations * tornLengths.Length} crash trials: {operations} calls x {tornLengths.Length} torn lengths");
    }

    [Fact]
    public void A_power_cut_at_any_call_loses_only_what_was_never_acknowledged()
    {
        var operations = FaultTrial.Measure(directory).Operations;
        for (var k = 1; k <= operations + 1; k++) // the last one cuts the power after the workload
            FaultTrial.Run(directory, new FaultyFileSystem { CrashAtOperation = k, PowerCut = true },
                $"power cut at call {k} of {operations}", outcomeMayBeUnknown: true);
        output.WriteLine($"{operations + 1} power-cut trials");
    }
}
