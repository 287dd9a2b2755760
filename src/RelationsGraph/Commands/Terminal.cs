using Spectre.Console;

namespace RelationsGraph.Commands;

/// <summary>
/// The verbs' console: colours and box drawing only for a person at a terminal. Output sent to a
/// file or a pipe (or with NO_COLOR set, as no-color.org asks) is plain text with no escape codes,
/// so it can be read by other programs.
/// </summary>
internal static class Terminal
{
    public static IAnsiConsole Out { get; } = Create();

    private static IAnsiConsole Create()
    {
        var plain = Console.IsOutputRedirected || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        return AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = plain ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = plain ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = plain ? InteractionSupport.No : InteractionSupport.Detect,
            Out = new AnsiConsoleOutput(Console.Out),
        });
    }
}
