using System.Diagnostics;

namespace RelationsGraph.Storage.FaultTests.Verbs;

/// <summary>Runs the RelationsGraph executable (built beside these tests) as a child process, as a user would.</summary>
internal static class VerbProcess
{
    public sealed record Outcome(int ExitCode, string Output, string Errors);

    public static Outcome Run(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "RelationsGraph.dll"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["NEO4J_URI"] = "";
        start.Environment["RELATIONSGRAPH_DATA"] = "";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{string.Join(' ', arguments)} did not finish in 60 s");
        }
        return new Outcome(process.ExitCode, output.Result, errors.Result);
    }
}
