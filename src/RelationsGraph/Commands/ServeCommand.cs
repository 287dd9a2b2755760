using System.CommandLine;

namespace RelationsGraph.Commands;

// Placeholder until the verb is written.
internal static class ServeCommand
{
    public static Command Create()
    {
        var command = new Command("serve", "(not yet implemented)");
        command.SetAction(_ => { Console.Error.WriteLine("serve: not yet implemented"); return 2; });
        return command;
    }
}
