using System.CommandLine;
using RelationsGraph.Commands;

// One executable: the web explorer (serve) and the command-line verbs.
var root = new RootCommand("RelationsGraph: who met whom, where, and what they agreed, from news articles.")
{
    ServeCommand.Create(),
    QueryCommand.Create(),
    ExtractCommand.Create(),
    IngestCommand.Create(),
    BenchCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
