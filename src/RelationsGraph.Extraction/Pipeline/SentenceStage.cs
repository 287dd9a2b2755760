using RelationsGraph.Extraction.Reading;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Pipeline;

/// <summary>The cleaned text cut into sentences, each with its tokens.</summary>
internal sealed record SentenceOutput(IReadOnlyList<Sentence> Sentences);

/// <summary>Stage 3: sentences and tokens (reading and cleaning happen in <see cref="ArticleReader"/>).</summary>
internal sealed class SentenceStage
{
    public SentenceOutput Run(Article article, ExtractionTrace? trace)
    {
        var sentences = SentenceSplitter.Split(article.Text);
        if (trace is not null)
        {
            trace.Stage("sentences and tokens", $"{sentences.Count} sentences");
            foreach (var s in sentences) trace.Line($"[{s.Index}] (paragraph {s.Paragraph}, {s.Tokens.Count} tokens) {ExtractionTrace.Quote(s.Text)}");
        }
        return new SentenceOutput(sentences);
    }
}
