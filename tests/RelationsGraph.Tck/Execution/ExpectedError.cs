using System.Text.RegularExpressions;
using RelationsGraph.Cypher;

namespace RelationsGraph.Tck.Execution;

/// <summary>"a TypeError should be raised at runtime: InvalidArgumentType", parsed.</summary>
public sealed partial record ExpectedError(string ErrorClass, string Phase, string Detail)
{
    public static ExpectedError? TryParse(string stepText)
    {
        var match = Pattern().Match(stepText);
        return match.Success ? new ExpectedError(match.Groups[1].Value, match.Groups[2].Value, match.Groups[3].Value) : null;
    }

    public bool AcceptsPhase(ErrorPhase phase) => Phase switch
    {
        "compile time" => phase == ErrorPhase.Compile,
        "runtime" => phase == ErrorPhase.Runtime,
        _ => true, // "any time"
    };

    /// <summary>The TCK writes "*" where any detail will do.</summary>
    public bool AcceptsDetail(string detail) => Detail == "*" || Detail == detail;

    public override string ToString() => $"{ErrorClass}/{Detail} at {Phase}";

    [GeneratedRegex(@"^an? (\w+) should be raised at (compile time|runtime|any time): (\w+|\*)$")]
    private static partial Regex Pattern();
}
