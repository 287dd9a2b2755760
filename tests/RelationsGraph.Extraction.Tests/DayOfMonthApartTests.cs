namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// In a story whose year is unknown, "20 May" stays unresolved, yet calls or talks told on different days of the month are
/// different events; the same day, or a reference with no day of its own, still joins.
/// </summary>
public class DayOfMonthApartTests
{
    [Fact]
    public void CallsOnDifferentDaysOfTheMonthAreTwoCalls()
    {
        var d = TestArticles.Extract("""
            Moldavian President Ilie Carpan spoke by phone with Slovene Prime Minister Marta Zupec on 20 May about grain exports.
            Carpan spoke by phone with Zupec again on 24 May to discuss the rail corridor.
            """);
        Assert.Equal(2, d.OfType("Meeting").Count(m => d.Has("ATTENDED", "person:marta-zupec", m.Id)));
    }

    [Fact]
    public void TheSameDayOfTheMonthStillJoins()
    {
        var d = TestArticles.Extract("""
            Moldavian President Ilie Carpan spoke by phone with Slovene Prime Minister Marta Zupec on 20 May about grain exports.
            Carpan spoke by phone with Zupec on 20 May to discuss the rail corridor as well.
            """);
        Assert.Single(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:marta-zupec", m.Id));
    }

    [Fact]
    public void DayOfADateIsReadFromItsWords()
    {
        Assert.Equal((5, 20), Meetings.DayOfMonthApart.DayOf(new Text.DateExpression(0, 2, "20 May", null)));
        Assert.Equal((9, 3), Meetings.DayOfMonthApart.DayOf(new Text.DateExpression(0, 2, "Sept. 3rd", null)));
        Assert.Null(Meetings.DayOfMonthApart.DayOf(new Text.DateExpression(0, 2, "20-24 May", null)));
        Assert.Null(Meetings.DayOfMonthApart.DayOf(new Text.DateExpression(0, 1, "May", null)));
    }

    [Fact]
    public void AWeekdayWithItsCalendarDayDatesTheCall()
    {
        var d = TestArticles.Extract("""
            Moldavian President Ilie Carpan spoke by telephone with Slovene Prime Minister Marta Zupec on the evening of Tuesday, 14 March.
            Carpan had already spoken with Zupec by telephone on 2 March about the power line.
            """);
        Assert.Equal(2, d.OfType("Meeting").Count(m => d.Has("ATTENDED", "person:marta-zupec", m.Id)));
    }

    [Fact]
    public void OnAWeekdayWithItsCalendarDayDatesTheCall()
    {
        var d = TestArticles.Extract("""
            On Tuesday 14 March, Moldavian President Ilie Carpan telephoned Slovene Prime Minister Marta Zupec about the power line.
            Carpan telephoned Zupec on 9 March to discuss the grain corridor.
            """);
        Assert.Equal(2, d.OfType("Meeting").Count(m => d.Has("ATTENDED", "person:marta-zupec", m.Id)));
    }
}
