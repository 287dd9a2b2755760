using RelationsGraph.Extraction.Reading;

namespace RelationsGraph.Extraction.Tests;

/// <summary>A page with no date in its metadata still prints one above or at the head of its story.</summary>
public class OpeningDateTests
{
    [Fact]
    public void APostedLineAboveTheStoryGivesItsDate()
    {
        var article = TestArticles.Read("# Three days in Lusaka\n\n*Posted 14 March 2023 by a staff writer*\n\nThe two presidents met in Lusaka on Tuesday.", "a.md");
        Assert.Equal(new DateOnly(2023, 3, 14), article.Published);
        Assert.True(article.PublishedFromOpening);
    }

    /// <summary>An anniversary headline closing with the day it recalls gives way to the "Posted" stamp below it.</summary>
    [Fact]
    public void AHeadlineClosingWithARecalledDayGivesWayToThePostedStamp()
    {
        var article = TestArticles.Read("**Lakeside Ledger, notes on the region**\n\n# Fifty years of the lake pact: what happened in Kisumu on 4 May 1973\n\n*Posted 4 May 2023 · Analysis*\n\nFifty years ago today, Kenya and Uganda signed a pact on the lake's water.", "a.md");
        Assert.Equal(new DateOnly(2023, 5, 4), article.Published);
    }

    /// <summary>A stamp only days after the date found first is an update of the same story, which keeps the first date.</summary>
    [Fact]
    public void AnUpdateStampDaysLaterKeepsTheFirstDate()
    {
        var article = TestArticles.Read("# Lake pact signed in Kisumu\n\n*Posted 4 May 2023*\n\n*Updated 6 May 2023*\n\nKenya and Uganda signed a pact on the lake's water on Thursday.", "a.md");
        Assert.Equal(new DateOnly(2023, 5, 4), article.Published);
    }

    [Theory]
    [InlineData("Filed: 2019-04-02")]
    [InlineData("Published 2019-04-02 08:15")]
    public void ANumericDateStampedAfterAPublishingWordGivesIt(string stamp)
    {
        var article = TestArticles.Read($"Lake states sign water pact\n\n{stamp}\n\nKenya and Uganda signed a pact on the lake's water in Kisumu on Tuesday.", "a.txt");
        Assert.Equal(new DateOnly(2019, 4, 2), article.Published);
    }

    [Fact]
    public void ASectionLineClosingWithTheDateGivesIt()
    {
        var article = TestArticles.Read("THE LAKESIDE HERALD Politics | Friday, 9 June 2023\n\nLeaders gather in Kisumu\n\nThe leaders met in Kisumu on Thursday to sign a water pact.");
        Assert.Equal(new DateOnly(2023, 6, 9), article.Published);
    }

    [Fact]
    public void AWireDatelineOpeningTheFirstParagraphGivesItsDate()
    {
        var article = TestArticles.Read("Lake states sign water pact\n\nKISUMU, Kenya, June 8, 2023 (Lakeside Wire) - Kenya, Uganda and Tanzania signed a pact on sharing the lake's water on Thursday, ending a dispute over fishing grounds that had dragged on for a decade and more.");
        Assert.Equal(new DateOnly(2023, 6, 8), article.Published);
    }

    [Theory]
    [InlineData("THE HIGHLAND COURIER Nairobi | Wednesday, March 5, 2014 | World")]
    [InlineData("*By our diplomatic staff | 5 March 2014 | 4 min read*")]
    [InlineData("Issue 88 · Wednesday 5 March 2014 · [Read online](#)")]
    public void ADateStandingBetweenTheSeparatorsOfAMastheadGivesIt(string furniture)
    {
        var article = TestArticles.Read($"{furniture}\n\nLeaders gather in Kisumu\n\nThe leaders met in Kisumu on Tuesday to sign a water pact.", "a.md");
        Assert.Equal(new DateOnly(2014, 3, 5), article.Published);
    }

    [Theory]
    [InlineData("LAKESIDE WIRE | Politics | 5 March 2014, 09:40 (GMT+3)")]
    [InlineData("Kisumu | 5 March 2014 09:40 UTC+03:00")]
    public void ATimeZoneByOffsetAfterTheTimeStillLeavesTheDate(string byline)
    {
        var article = TestArticles.Read($"Lake states sign water pact\n\n{byline}\n\nThe leaders met in Kisumu on Tuesday to sign a water pact.", "a.md");
        Assert.Equal(new DateOnly(2014, 3, 5), article.Published);
    }

    [Theory]
    [InlineData("Tomas Verhoef, Kisumu | 5 March 2014 | Updated 11:40 EAT")]
    [InlineData("By Amina Otieno · Kisumu · Wednesday 5 March 2014, 08:15 EAT · updated 09:30")]
    public void AnUpdateTimeWithNoDayLeavesTheBylineDateToBeRead(string byline)
    {
        var article = TestArticles.Read($"Lake states sign water pact\n\n{byline}\n\nThe leaders met in Kisumu on Tuesday to sign a water pact.", "a.md");
        Assert.Equal(new DateOnly(2014, 3, 5), article.Published);
    }

    [Theory]
    [InlineData("Ref. LBC/PR/14/07 · Kisumu, 5 March 2014 · For immediate release")]
    [InlineData("The Lakeside Letter · Regional affairs · Port Mara, Wednesday 5 March 2014 · by Amina Otieno")]
    [InlineData("Kisumu, 5 March 2014 EMBARGO: NONE")]
    [InlineData("Lakeside Notes, weekly edition. Wednesday 5 March 2014.")]
    [InlineData("Wednesday, March 5, 2014 -- Page 1 / continued on Page 6")]
    public void APlaceDatelineOrSpacedDashBeforeTheDateStillGivesIt(string furniture)
    {
        var article = TestArticles.Read($"LAKE BASIN COMMISSION\n\n{furniture}\n\nLeaders gather in Kisumu\n\nThe leaders met in Kisumu on Tuesday to sign a water pact.", "a.md");
        Assert.Equal(new DateOnly(2014, 3, 5), article.Published);
    }

    [Fact]
    public void AnUpdateTimeAloneGivesNoDate()
    {
        var article = TestArticles.Read("Lake states sign water pact\n\nBy Amina Otieno · Kisumu · Updated 09:30\n\nThe leaders met in Kisumu on Tuesday to sign a water pact, their offices said.", "a.md");
        Assert.Null(article.Published);
    }

    [Fact]
    public void AWireDatelineClosedByTwoHyphensGivesItsDate()
    {
        var article = TestArticles.Read("Lake states sign water pact\n\nKISUMU, Kenya, June 8, 2023 -- Kenya, Uganda and Tanzania signed a pact on sharing the lake's water on Thursday, ending a dispute over fishing grounds that had dragged on for a decade and more.");
        Assert.Equal(new DateOnly(2023, 6, 8), article.Published);
    }

    [Fact]
    public void ADateInsideTheStoryIsNotItsPublicationDate()
    {
        var article = TestArticles.Read("Lake states sign water pact\n\nKenya, Uganda and Tanzania signed a pact on sharing the lake's water on Thursday, building on the accord they reached on 4 May 2019 after years of dispute over the fishing grounds of the lake.");
        Assert.Null(article.Published);
    }

    [Fact]
    public void TheOpeningDateSetsTheYearButDoesNotDateTheWeekdays()
    {
        var d = TestArticles.Extract("*Posted 14 March 2023 by a staff writer*\n\nZambian President Joseph Banda met Malawian President Grace Phiri in Lusaka on Tuesday for talks on the border.");
        var talks = Assert.Single(d.OfType("Meeting"));
        Assert.Null(talks.Date);
    }

    /// <summary>Under an opening-line date, earlier talks told in a month long before it are another event than the signing told
    /// on a weekday, though neither date resolves (see MonthApartFromTheWeek; pattern: an earlier round told with its own month).</summary>
    [Fact]
    public void EarlierTalksInAFarMonthStayApartFromTheWeeksSigning()
    {
        var d = TestArticles.Extract("*Posted 9 November 2022 by a staff writer*\n\nGhanaian President Kofi Mensah and Togolese President Yao Agbeko signed a fisheries accord in Accra on Monday. Mensah and Agbeko had first taken up the quarrel over the shoals at talks in June.");
        Assert.Equal(2, d.OfType("Meeting").Count());
    }

    /// <summary>The weekday's signing told after talks in a far month is not more of those talks (the reverse order).</summary>
    [Fact]
    public void TheWeeksSigningStaysApartFromTalksToldInAFarMonth()
    {
        var d = TestArticles.Extract("*Posted 9 November 2022 by a staff writer*\n\nIn June, Ghanaian President Kofi Mensah and Togolese President Yao Agbeko held talks on the quarrel over the shoals. Mensah and Agbeko signed a fisheries accord on Monday.");
        Assert.Equal(2, d.OfType("Meeting").Count());
    }

    /// <summary>Guard (passes with the rule off too): the month next to the anchor's may hold the story's week, so talks told in
    /// it stay with the weekday's signing.</summary>
    [Fact]
    public void TalksInTheMonthBeforeTheAnchorStayWithTheWeeksSigning()
    {
        var d = TestArticles.Extract("*Posted 2 November 2022 by a staff writer*\n\nGhanaian President Kofi Mensah and Togolese President Yao Agbeko signed a fisheries accord in Accra on Monday. Mensah and Agbeko had settled the quarrel over the shoals at talks in October.");
        Assert.Single(d.OfType("Meeting"));
    }
}
