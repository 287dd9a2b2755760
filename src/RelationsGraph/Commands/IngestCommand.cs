using System.CommandLine;

namespace RelationsGraph.Commands;

// Placeholder until the verb is written.
internal static class IngestCommand
{
    public static Command Create()
    {
        var command = new Command("ingest", "(not yet implemented)");
        command.SetAction(_ => { Console.Error.WriteLine("ingest: not yet implemented"); return 2; });
        return command;
    }
}
