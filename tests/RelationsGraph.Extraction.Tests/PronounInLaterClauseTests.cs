namespace RelationsGraph.Extraction.Tests;

/// <summary>"he" or "she" as the subject of a later clause, or after a fronted adverbial, for meetings only.</summary>
public class PronounInLaterClauseTests
{
    [Fact]
    public void HeAfterAFrontedTimePhraseIsThePreviousSubject()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 Chilean President Gabriel Boric arrived in Lima on Monday for a three-day visit.
            On Tuesday morning he met Peruvian President Dina Boluarte at the Government Palace.
            """);
        // The visit's host attends it too (HeadOfTheVisitedState): the talks are the meeting of another kind.
        var talks = d.OfType("Meeting").Single(m => m.Kind != "visit" && d.Has("ATTENDED", "person:dina-boluarte", m.Id));
        Assert.True(d.Has("ATTENDED", "person:gabriel-boric", talks.Id), d.Dump());
    }

    [Fact]
    public void APersonNamedBeforeThePronounIsItsSubjectInstead()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 Chilean President Gabriel Boric arrived in Lima on Monday for a three-day visit.
            After Argentine President Javier Milei left, he met Peruvian President Dina Boluarte at the Government Palace.
            """);
        Assert.DoesNotContain(d.OfType("Meeting"), m => m.Kind != "visit" && d.Has("ATTENDED", "person:gabriel-boric", m.Id) && d.Has("ATTENDED", "person:dina-boluarte", m.Id));
    }

    [Fact]
    public void HeInAWhereClauseIsTheSentencesSubject()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 Chilean President Gabriel Boric arrived in Lima on Monday directly from Brasilia, where he had attended a summit hosted by Brazilian President Luiz Inacio Lula da Silva.
            """);
        var summit = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:luiz-inacio-lula-da-silva", m.Id));
        Assert.True(d.Has("ATTENDED", "person:gabriel-boric", summit.Id), d.Dump());
    }

    [Fact]
    public void SheAfterAndWithATimeLeadIsTheSentencesSubject()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 Peruvian President Dina Boluarte spoke by telephone with Chilean President Gabriel Boric on Monday, and the next day she called Argentine President Javier Milei.
            """);
        // "the next day" dates the second call the day after Monday's (see NarrativeNext).
        var call = d.OfType("Meeting").Single(m => m.Date == "2024-05-14" && d.Has("ATTENDED", "person:javier-milei", m.Id));
        Assert.True(d.Has("ATTENDED", "person:dina-boluarte", call.Id), d.Dump());
    }

    [Fact]
    public void APronounInsideAQuotationIsNotResolved()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 Peruvian President Dina Boluarte told reporters on Monday: "Our guest came to Lima, and he met Chilean President Gabriel Boric there."
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "ATTENDED" && r.From == "person:dina-boluarte");
    }
    [Fact]
    public void TheyInALaterClauseIsTheSentencesPairOfSubjects()
    {
        var d = TestArticles.Extract("""
            date 2024-09-14 Gabriel Boric and Javier Milei agreed to settle the dispute when they met in Santiago in March, and they met again in Buenos Aires in June.
            """);
        var talks = d.OfType("Meeting").Single(m => d.Has("HELD_IN", m.Id, "place:buenos-aires"));
        Assert.True(d.Has("ATTENDED", "person:gabriel-boric", talks.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:javier-milei", talks.Id), d.Dump());
    }
}
