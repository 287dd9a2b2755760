using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Knowledge;
using RelationsGraph.Extraction.Reading;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Pipeline;

/// <summary>The dates each sentence names, resolved against the publication date, and the year the story is set in.</summary>
/// <param name="Anchor">The publication day relative dates are read from (none when only the page's opening lines date it).</param>
internal sealed record DatingOutput(IReadOnlyList<IReadOnlyList<DateExpression>> BySentence, int? ArticleYear, DateOnly? Anchor = null);

/// <summary>
/// Part of stage 3's reading of sentences: dates, with the story's year carried to bare months, and
/// the year of an undated article from the terms of the office-holders it names.
/// </summary>
internal sealed class DatingStage(KnowledgeBase knowledge)
{
    public DatingOutput Run(Article article, SentenceOutput sentences, ResolvedEntities entities, ExtractionTrace? trace)
    {
        // A date printed in the page's opening lines ("Posted 22 November 2024") may come days after the events, so it sets
        // the story's year but is no anchor for "on Tuesday" or "last week".
        var anchor = article.PublishedFromOpening ? null : article.Published;
        // It still anchors whole years and months named as the last or next ("last year", "last December").
        var yearAnchor = article.PublishedFromOpening ? article.Published : null;
        var dates = sentences.Sentences.Select(s => DateResolver.Find(s, anchor, yearAnchor)).ToList();
        StoryYear.Carry(sentences.Sentences, dates);
        DemonstrativeMonth.Carry(sentences.Sentences, dates);
        // A retrospective's day told without a year, after a date of an earlier year (see StoryDayYear).
        StoryDayYear.Carry(sentences.Sentences, dates, article.Published);
        // An anniversary piece's lede ("Thirty years ago today, ...", or "Fifty years ago: ..." that an opening date confirms) sets the year it tells of.
        // A history piece whose lede opens with a date decades before publication ("On 2 May 1889, ...") is set in that year (see DatedLede).
        var year = AnniversaryYear.Of(dates) ?? AnniversaryYear.OfCountedLede(sentences.Sentences, dates, article.Published?.Year)
                   ?? DatedLede.Of(sentences.Sentences, dates, article.Published?.Year)
                   // One whose lede dates it further in, and which names only dates of that distant time (see DistantChronicle).
                   ?? DistantChronicle.Of(dates, article.Published) ?? ArticleYear.Of(article.Published, entities.People, knowledge);
        // A history piece's day told without a year, after a date decades before publication (see DistantPastDayYear).
        DistantPastDayYear.Carry(sentences.Sentences, dates, article.Published, year);
        if (trace is not null)
        {
            trace.Stage("dates", $"published {article.Published?.ToString("yyyy-MM-dd") ?? "unknown"}{(article.PublishedFromOpening ? " (opening lines: the year only)" : "")}, story year {year?.ToString() ?? "unknown"}");
            for (var i = 0; i < dates.Count; i++)
                foreach (var d in dates[i]) trace.Line($"[{i}] '{d.Text}' -> {d.Value ?? "(unresolved)"}" + (d.Rule is null ? "" : $"  <- {d.Rule}"));
        }
        return new DatingOutput(dates, year, anchor);
    }
}
