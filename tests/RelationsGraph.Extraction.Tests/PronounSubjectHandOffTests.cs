using RelationsGraph.Extraction.Knowledge;
using RelationsGraph.Extraction.Pipeline;

namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// The sentence-initial pronoun subject is read once, by the meeting stage, and handed on to the agreements: the list it
/// hands on holds the pronoun as the previous sentence's subject, and only where a sentence opens with one.
/// </summary>
public class PronounSubjectHandOffTests
{
    [Fact]
    public void TheMeetingStageHandsOnEachSentencesMentionsWithItsPronounSubject()
    {
        var article = TestArticles.Read("date 2023-09-04 Ghanaian President Nana Akufo-Addo landed in Lome on Sunday.\n" +
                                        "He signed a transit pact with Togolese President Faure Gnassingbe the next morning.");
        var knowledge = KnowledgeBase.Default;
        var sentences = new SentenceStage().Run(article, null);
        var entities = new EntityResolutionStage(knowledge).Run(new MentionStage(knowledge).Run(sentences, null), article.DatelinePlace, null);
        var dates = new DatingStage(knowledge).Run(article, sentences, entities, null);
        var meetings = new MeetingStage(knowledge).Run(article, sentences, entities, dates, null);

        Assert.Equal(sentences.Sentences.Count, meetings.WithPronounSubject.Count);
        var second = sentences.Sentences.Count - 1;
        var pronoun = Assert.Single(meetings.WithPronounSubject[second], m => m.Surface == "He");
        Assert.Equal("person:nana-akufo-addo", pronoun.EntityId);
        Assert.Equal(entities.MentionsBySentence[second].Count + 1, meetings.WithPronounSubject[second].Count);
        Assert.Equal(entities.MentionsBySentence[0], meetings.WithPronounSubject[0]);
    }
}
