using System.CommandLine;

namespace RelationsGraph.Commands;

// Placeholder until the verb is written.
internal static class QueryCommand
{
    public static Command Create()
    {
        var command = new Command("query", "(not yet implemented)");
        command.SetAction(_ => { Console.Error.WriteLine("query: not yet implemented"); return 2; });
        return command;
    }
}
