using System.Text.Json;
using RelationsGraph.Tck.Execution;
using RelationsGraph.Tck.Reporting;
using Xunit.Abstractions;

namespace RelationsGraph.Cypher.Tests.Tck;

/// <summary>
/// Runs the whole openCypher TCK and fails when fewer scenarios pass than the floors recorded in
/// tests/RelationsGraph.Tck/pass-floor.json (raise them as the engine improves; never lower them silently).
/// </summary>
public sealed class TckPassFloorTests(ITestOutputHelper output)
{
    private const string TemporalFolder = "expressions/temporal";

    [TckFact]
    public void Pass_counts_stay_at_or_above_the_recorded_floors()
    {
        var floor = ReadFloor();
        var results = TckRunner.Run(new TckRunOptions(TckLocation.FeaturesDirectory!));
        var summary = TckSummary.From(results);
        output.WriteLine(SummaryWriter.Text(summary));

        Assert.True(results.Count > 0, "The TCK features directory holds no scenarios.");
        Assert.True(summary.Total.Passed >= floor.Total,
            $"TCK: {summary.Total.Passed} of {summary.Total.Total} scenarios pass, below the floor of {floor.Total}.");
        var temporalPassed = summary.PassedUnder(TemporalFolder);
        Assert.True(temporalPassed >= floor.Temporal,
            $"TCK {TemporalFolder}: {temporalPassed} scenarios pass, below the floor of {floor.Temporal}.");
    }

    private sealed record PassFloor(int Total, int Temporal);

    private static PassFloor ReadFloor()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(TckLocation.PassFloorFile));
        var root = document.RootElement;
        return new PassFloor(root.GetProperty("total").GetInt32(), root.GetProperty("temporal").GetInt32());
    }
}
