using System.CommandLine;

namespace RelationsGraph.Commands;

// Placeholder until the verb is written.
internal static class BenchCommand
{
    public static Command Create()
    {
        var command = new Command("bench", "(not yet implemented)");
        command.SetAction(_ => { Console.Error.WriteLine("bench: not yet implemented"); return 2; });
        return command;
    }
}
