using System.CommandLine;

namespace RelationsGraph.Commands;

// Placeholder until the verb is written.
internal static class ExtractCommand
{
    public static Command Create()
    {
        var command = new Command("extract", "(not yet implemented)");
        command.SetAction(_ => { Console.Error.WriteLine("extract: not yet implemented"); return 2; });
        return command;
    }
}
