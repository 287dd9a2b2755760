namespace RelationsGraph.Extraction.Tests;

/// <summary>Talks told by their length before the act ("after five days of talks, A and B signed"): a gathering the clause's people held.</summary>
public class CountedSpanOfTalksTests
{
    [Fact]
    public void TalksCountedInDaysBeforeASigningAreHeldByTheSigners()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10 After four days of talks in Velmora, Foreign Minister Arno Kessel of Germany and Foreign Minister Dita Varga of Hungary signed the river accord on Friday.
            """);
        var talks = d.OfType("Meeting").Where(m => m.Kind == "talks").ToList();
        Assert.Contains(talks, m => d.Has("ATTENDED", "person:arno-kessel", m.Id) && d.Has("ATTENDED", "person:dita-varga", m.Id));
    }

    [Fact]
    public void TalksCountedInHoursOpeningTheSentenceAreHeldByItsPeople()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10 Following nine hours of negotiations, Prime Minister Oskar Lindqvist of Sweden and Prime Minister Maren Holt of Norway signed a fisheries pact in Tromsø on Thursday.
            """);
        var talks = d.OfType("Meeting").Where(m => m.Kind == "talks").ToList();
        Assert.Contains(talks, m => d.Has("ATTENDED", "person:oskar-lindqvist", m.Id) && d.Has("ATTENDED", "person:maren-holt", m.Id));
    }

    [Fact]
    public void TheOneTheSubjectServesIsNotAtTheCountedTalks()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10 After three days of talks in Velmora, Lorin Tasker, senior adviser to President Haldor Vence of Ostria, and Foreign Minister Ebba Strand of Tessaly signed the accord on Friday.
            """);
        var talks = d.OfType("Meeting").Where(m => m.Kind == "talks" && d.Has("ATTENDED", "person:lorin-tasker", m.Id)).ToList();
        Assert.NotEmpty(talks);
        Assert.DoesNotContain(talks, m => d.Has("ATTENDED", "person:haldor-vence", m.Id));
    }
}
