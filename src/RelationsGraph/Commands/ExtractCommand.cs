using System.CommandLine;
using RelationsGraph.Extraction;
using RelationsGraph.Extraction.Knowledge;

namespace RelationsGraph.Commands;

/// <summary>
/// extract PATH... --out DIR [--knowledge DIR]: one extraction JSON per article. Bad files are
/// named with the reason on stderr; the exit code is 1 when any file failed.
/// </summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Article files or directories (.txt, .md, .html, .json)", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out") { Description = "Directory for the extraction JSON files", Required = true };
        var knowledgeDir = new Option<string?>("--knowledge") { Description = "Directory of knowledge files merged with the built-in ones" };
        var command = new Command("extract", "Extract people, countries, meetings and agreements from articles") { paths, output, knowledgeDir };
        command.SetAction(parse =>
        {
            var knowledge = parse.GetValue(knowledgeDir) is { } dir ? KnowledgeBase.Load(dir) : KnowledgeBase.Default;
            var failed = 0;
            var written = 0;
            foreach (var outcome in new ExtractionBatch(knowledge).Run(parse.GetValue(paths)!, parse.GetValue(output)!))
            {
                if (outcome.Error is null) { written++; Console.WriteLine($"{outcome.Path} -> {outcome.OutputPath}"); }
                else { failed++; Console.Error.WriteLine($"{outcome.Path}: {outcome.Error}"); }
            }
            Console.WriteLine($"{written} written, {failed} failed");
            return failed == 0 ? 0 : 1;
        });
        return command;
    }
}
