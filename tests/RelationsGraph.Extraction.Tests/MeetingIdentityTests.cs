using RelationsGraph.Extraction.Meetings;

namespace RelationsGraph.Extraction.Tests;

/// <summary>One real gathering, reported by different articles in different words, gets one id.</summary>
public class MeetingIdentityTests
{
    [Fact]
    public void ABilateralMeetingNamedDifferentlyGetsOneId()
    {
        var a = TestArticles.Extract("date 2024-05-28 Mongolian President Ukhnaagiin Khurelsukh and Kazakh President Kassym-Jomart Tokayev held a summit in Almaty City on Monday.");
        var b = TestArticles.Extract("date 2024-06-03 Kassym-Jomart Tokayev, Kazakhstan's president, hosted Mongolian President Ukhnaagiin Khurelsukh in Almaty last week.");
        var first = Assert.Single(a.OfType("Meeting"));
        var second = Assert.Single(b.OfType("Meeting"));
        Assert.Equal(first.Id, second.Id);
        Assert.StartsWith("meeting:2024-05-", first.Id);
    }

    [Fact]
    public void AMeetingReportedWithoutItsPlaceKeepsItsId()
    {
        var a = TestArticles.Extract("date 2024-05-28 Mongolian President Ukhnaagiin Khurelsukh and Kazakh President Kassym-Jomart Tokayev held talks in Almaty on Monday.");
        var b = TestArticles.Extract("date 2024-05-30 Kazakh President Kassym-Jomart Tokayev met Mongolian President Ukhnaagiin Khurelsukh on Monday, his office said.");
        Assert.Equal(a.OfType("Meeting").Single().Id, b.OfType("Meeting").Single().Id);
    }

    [Fact]
    public void APhoneCallAndASummitOfTheSamePairInOneMonthStayApart()
    {
        var d = TestArticles.Extract("""
            date 2024-05-30 Kazakh President Kassym-Jomart Tokayev held a phone call with Mongolian President Ukhnaagiin Khurelsukh on May 2.
            Kazakh President Kassym-Jomart Tokayev and Mongolian President Ukhnaagiin Khurelsukh held a summit in Almaty on May 27.
            """);
        var ids = d.OfType("Meeting").Select(m => m.Id).ToList();
        Assert.Equal(2, ids.Distinct().Count());
    }

    [Fact]
    public void AGroupingsSummitTakesTheMonthOfTheSentenceAndTheYearOfAnUndatedArticle()
    {
        var dated = TestArticles.Extract("date 2025-11-18 Japanese Prime Minister Shigeru Ishiba left Tokyo on Monday to take part in the Group of Twenty summit.");
        var undated = TestArticles.Extract("U.S. President Donald Trump and Japanese Prime Minister Shigeru Ishiba are expected to attend the G20 summit in South Africa.");
        var first = Assert.Single(dated.OfType("Meeting"));
        var second = Assert.Single(undated.OfType("Meeting"));
        Assert.StartsWith("2025-11", first.Date);
        Assert.Null(second.Date); // the year only names it; the text gives no date
        Assert.Equal("meeting:2025-group-of-twenty-summit", first.Id);
        Assert.Equal(first.Id, second.Id);
    }

    [Fact]
    public void AComingSummitBorrowsTheMonthOfADateGivenToAnotherGathering()
    {
        var d = TestArticles.Extract("date 2024-11-18 Mongolian President Ukhnaagiin Khurelsukh missed Monday's reception in Ulaanbaatar, as he had departed for Brazil to attend the Group of Twenty summit.");
        var summit = d.OfType("Meeting").Single(m => m.Kind == "summit");
        Assert.Equal("2024-11", summit.Date);
        Assert.Equal("meeting:2024-group-of-twenty-summit", summit.Id);
    }

    [Fact]
    public void LastYearsSummitAndTheComingOneOfAGroupingStayApart()
    {
        var d = TestArticles.Extract("""
            date 2024-03-10 Mongolian President Ukhnaagiin Khurelsukh attended the Group of Twenty summit in 2023.
            He is expected to attend the upcoming G20 summit as well.
            """);
        var ids = d.OfType("Meeting").Select(m => m.Id).Order().ToList();
        Assert.Equal(["meeting:2023-group-of-twenty-summit", "meeting:2024-group-of-twenty-summit"], ids);
    }

    [Fact]
    public void AComingSummitDoesNotBorrowADateFromYearsAgo()
    {
        var d = TestArticles.Extract("date 2025-03-10 Ahead of the upcoming G20 summit, Mongolian President Ukhnaagiin Khurelsukh told reporters in the capital that he still remembered fondly a visit to Moscow in March 2019.");
        var summit = d.OfType("Meeting").Single(m => m.Kind == "summit");
        Assert.Null(summit.Date);
        Assert.Equal("meeting:2025-group-of-twenty-summit", summit.Id);
    }

    [Fact]
    public void FormerOfficeHoldersDoNotDateAnArticle()
    {
        var d = TestArticles.Extract("Former Japanese Prime Minister Shigeru Ishiba and U.S. President Donald Trump are expected to attend the G20 summit.");
        Assert.Equal("meeting:undated-group-of-twenty-summit", Assert.Single(d.OfType("Meeting")).Id);
    }

    [Fact]
    public void ASummitTalkedAboutInThePastIsNotGivenTheArticlesYear()
    {
        var d = TestArticles.Extract("date 2025-11-18 Analysts recalled that the G20 summit produced few results.");
        Assert.Equal("meeting:undated-group-of-twenty-summit", Assert.Single(d.OfType("Meeting")).Id);
    }

    [Theory]
    [InlineData("place:nara-prefecture", "nara")]
    [InlineData("place:quebec-city", "quebec")]
    [InlineData("place:almaty", "almaty")]
    [InlineData("country:kz", "kz")]
    public void PlaceKeysDropGenericSuffixes(string placeId, string key) => Assert.Equal(key, MeetingIdentity.PlaceKey(placeId));

    [Theory]
    [InlineData(MeetingKinds.Summit, "meeting")]
    [InlineData(MeetingKinds.Visit, "meeting")]
    [InlineData(MeetingKinds.Talks, "meeting")]
    [InlineData(MeetingKinds.PhoneCall, "call")]
    [InlineData(MeetingKinds.Reception, "ceremony")]
    public void KindsOfOneGatheringShareAFamily(string kind, string family) => Assert.Equal(family, MeetingIdentity.Family(kind));
}
