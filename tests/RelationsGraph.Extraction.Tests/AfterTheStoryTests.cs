namespace RelationsGraph.Extraction.Tests;

/// <summary>A reference dated after the story's day is a coming event: it neither joins nor dates the gathering reported as held.</summary>
public class AfterTheStoryTests
{
    [Fact]
    public void AComingConferenceDoesNotDateTheTalksHeld()
    {
        var d = TestArticles.Extract("""
            date 2024-05-12 Moldovan President Ilinca Varga held talks with Romanian President Dorin Coman in Chisinau.
            The two discussed the new bridge over the Prut and power lines.
            Varga is due in Vienna next Sunday, May 19, as chief guest at a regional conference on river trade hosted by Coman, where leaders from along the Danube are expected.
            """);
        var talks = d.OfType("Meeting").Where(m => d.Has("HELD_IN", m.Id, "place:chisinau")).ToList();
        Assert.NotEmpty(talks);
        Assert.All(talks, m => Assert.NotEqual("2024-05-19", m.Date));
    }

    [Fact]
    public void NextYearsHostDoesNotDateTheMeetingHeld()
    {
        var d = TestArticles.Extract("""
            date 2024-05-12 Moldovan President Ilinca Varga hosted Romanian President Dorin Coman and Ukrainian President Taras Melnyk at the palace in Chisinau.
            The leaders agreed to meet every spring. Their next meeting is to be held in Bucharest in 2025, with Coman as host.
            """);
        var held = d.OfType("Meeting").Where(m => d.Has("ATTENDED", "person:taras-melnyk", m.Id) && d.Has("HELD_IN", m.Id, "place:chisinau")).ToList();
        Assert.NotEmpty(held);
        Assert.All(held, m => Assert.NotEqual("2025", m.Date));
    }
    // A meeting whose own month begins after the story's day has not happened: it made no document the story tells as adopted.
    [Fact]
    public void AMeetingOfNextMonthProducesNoDocumentOfTheStory()
    {
        var d = TestArticles.Extract("""
            date 2024-11-07 Leaders of the Torvian states met in Velmora on Tuesday for their annual summit.
            Their trade ministers will sit down again in Lisvik in December 2024 to settle the tariff schedules.
            In the end, the leaders adopted a Plan of Action on rural roads.
            """);
        var plan = Assert.Single(d.OfType("Agreement"));
        Assert.DoesNotContain(d.Relationships, r => r.Type == "PRODUCED" && r.To == plan.Id && (d.Entity(r.From).Date ?? "").StartsWith("2024-12"));
    }
}
