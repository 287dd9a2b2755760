namespace RelationsGraph.Extraction.Tests;

/// <summary>A campus named right after the words of talks, as where they take place, is where the talks are held, beside the town.</summary>
public class InstitutionVenueOfTheMeetingTests
{
    [Fact]
    public void TalksAtAnAcademyAreHeldInTheAcademyAndTheTown()
    {
        var d = TestArticles.Extract("""
            KALDOR, April 9, 2022 - Ostrian President Vera Lanko and Dravish President Marek Tolv held talks in a narrow format at the Vellmar Academy on Friday.
            """);
        var talks = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:vera-lanko", m.Id));
        Assert.True(d.Has("HELD_IN", talks.Id, "place:vellmar-academy"), d.Dump());
    }

    [Fact]
    public void ASpeechToStudentsAtAUniversityIsNotPlacedAtTheCampus()
    {
        var d = TestArticles.Extract("""
            date 2022-04-09

            Ostrian President Vera Lanko gave a speech at Tarvel University on Friday.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "HELD_IN" && r.To == "place:tarvel-university");
    }

    [Fact]
    public void ACampusFarFromTheTalksIsNotTheirVenue()
    {
        var d = TestArticles.Extract("""
            date 2022-04-09

            Ostrian President Vera Lanko held talks with Dravish President Marek Tolv on Friday, a day after both leaders spent the morning at the Vellmar Academy.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "HELD_IN" && r.To == "place:vellmar-academy");
    }
}
