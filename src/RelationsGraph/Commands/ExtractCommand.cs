using System.CommandLine;
using RelationsGraph.Extraction;
using RelationsGraph.Extraction.Knowledge;
using RelationsGraph.Extraction.Pipeline;
using RelationsGraph.Extraction.Reading;

namespace RelationsGraph.Commands;

/// <summary>
/// extract PATH... --out DIR [--knowledge DIR]: one extraction JSON per article. Bad files are
/// named with the reason on stderr; the exit code is 1 when any file failed.
/// extract --trace FILE: every pipeline stage's output for one article on stdout.
/// </summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Article files or directories (.txt, .md, .html, .json)", Arity = ArgumentArity.ZeroOrMore };
        var output = new Option<string?>("--out") { Description = "Directory for the extraction JSON files" };
        var trace = new Option<string?>("--trace") { Description = "Print each pipeline stage's output for this one article (which sentence gave which mention, event or relationship, and which rule)" };
        var knowledgeDir = new Option<string?>("--knowledge") { Description = "Directory of knowledge files merged with the built-in ones" };
        var command = new Command("extract", "Extract people, countries, meetings and agreements from articles") { paths, output, knowledgeDir, trace };
        command.SetAction(parse =>
        {
            var knowledge = parse.GetValue(knowledgeDir) is { } dir ? KnowledgeBase.Load(dir) : KnowledgeBase.Default;
            if (parse.GetValue(trace) is { } traced) return Trace(knowledge, traced);
            if (parse.GetValue(output) is null || parse.GetValue(paths) is not { Length: > 0 })
            {
                Console.Error.WriteLine("extract needs article paths and --out DIR (or --trace FILE)");
                return 2;
            }
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

    private static int Trace(KnowledgeBase knowledge, string path)
    {
        var trace = new ExtractionTrace();
        try
        {
            var article = new ArticleReader(knowledge).ReadFile(path, trace);
            new Extractor(knowledge).Extract(article, trace);
        }
        catch (ArticleReadException e)
        {
            trace.WriteTo(Console.Out);
            Console.Error.WriteLine($"{path}: {e.Message}");
            return 1;
        }
        trace.WriteTo(Console.Out);
        return 0;
    }
}
