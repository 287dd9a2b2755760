using RelationsGraph.Extraction.Knowledge;
using RelationsGraph.Extraction.Model;
using RelationsGraph.Extraction.Reading;

namespace RelationsGraph.Extraction;

/// <summary>The outcome for one input file: the output written, or why the file was rejected.</summary>
public sealed record ExtractionOutcome(string Path, string? OutputPath, string? Error, long TextLength);

/// <summary>
/// Reads and extracts many files, writing one JSON per article named after it
/// (000_abc.txt → OUT/000_abc.json). A bad file is reported, never fatal to the others.
/// </summary>
public sealed class ExtractionBatch(KnowledgeBase knowledge)
{
    private readonly ArticleReader _reader = new(knowledge);
    private readonly Extractor _extractor = new(knowledge);

    public IEnumerable<ExtractionOutcome> Run(IEnumerable<string> paths, string outputDirectory)
    {
        Directory.CreateDirectory(outputDirectory);
        foreach (var path in ArticleFiles.Expand(paths))
        {
            ExtractionOutcome outcome;
            try
            {
                var article = _reader.ReadFile(path);
                var document = _extractor.Extract(article);
                var output = Path.Combine(outputDirectory, article.Name + ".json");
                File.WriteAllText(output, ExtractionJson.Serialize(document));
                outcome = new ExtractionOutcome(path, output, null, article.Text.Length);
            }
            catch (ArticleReadException e)
            {
                outcome = new ExtractionOutcome(path, null, e.Message, 0);
            }
            catch (IOException e)
            {
                outcome = new ExtractionOutcome(path, null, "cannot read: " + e.Message, 0);
            }
            catch (UnauthorizedAccessException e)
            {
                outcome = new ExtractionOutcome(path, null, "cannot read: " + e.Message, 0);
            }
            catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException))
            {
                // A defect met on one article must not cost the rest of the batch; report it with the file.
                outcome = new ExtractionOutcome(path, null, $"extraction failed: {e.GetType().Name}: {e.Message}", 0);
            }
            yield return outcome;
        }
    }
}
