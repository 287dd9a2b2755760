namespace RelationsGraph.Tck.Execution;

public sealed record TckRunOptions(string FeaturesDirectory)
{
    /// <summary>Runs only scenarios whose title (folder/file:line name) contains this text, ignoring case.</summary>
    public string? Filter { get; init; }

    /// <summary>Scenarios run in parallel, each on its own database. The default suits a small shared machine.</summary>
    public int Workers { get; init; } = 2;

    /// <summary>A scenario still running after this long is abandoned and counted as failed.</summary>
    public TimeSpan ScenarioTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Makes the fresh database each scenario runs on; the embedded engine unless a test says otherwise.</summary>
    public Func<ITckDatabase> CreateDatabase { get; init; } = () => new EngineTckDatabase();
}
