using RelationsGraph.Cypher;

namespace RelationsGraph.Tck.Execution;

/// <summary>
/// A scenario did not hold. Cause is short and shared by similar failures (it groups the failure report);
/// Detail says everything about this one (query, expected and actual).
/// </summary>
public sealed class ScenarioFailedException(string cause, string detail) : Exception(detail)
{
    public string Cause { get; } = cause;

    /// <summary>A short grouping key for an exception the engine threw.</summary>
    public static string Describe(Exception error) => error switch
    {
        CypherException c => $"{c.ErrorClass}/{c.Detail} ({c.Phase})",
        AggregateException { InnerExceptions.Count: 1 } a => Describe(a.InnerExceptions[0]),
        _ => $"{error.GetType().Name}: {FirstLine(error.Message)}",
    };

    private static string FirstLine(string message)
    {
        var line = message.Split('\n')[0].Trim();
        return line.Length <= 100 ? line : line[..100] + "…";
    }
}
