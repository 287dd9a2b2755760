namespace RelationsGraph.Extraction.Tests;

/// <summary>A holiday, a document, a "-speaking" group of countries or a name that qualifies an event noun, read after "in"
/// or "at", is no place and no meeting's place.</summary>
public class HolidaysDocumentsAndEventModifiersTests
{
    [Fact]
    public void AHolidayIsNoPlace()
    {
        var d = TestArticles.Extract("""
            date 2021-05-11

            Malian President Issa Kantao met Nigerien President Moussa Dandi in Bamako on Monday. Kantao had last flown to Niamey at Easter.
            """);
        Assert.DoesNotContain(d.OfType("Place"), p => p.Name == "Easter");
    }

    [Fact]
    public void ANamedDayIsNoPlace()
    {
        var d = TestArticles.Extract("""
            date 2021-05-11

            Malian President Issa Kantao spoke by telephone with Nigerien President Moussa Dandi on their Harvest Day.
            Kantao praised the Harvest Day speech that Dandi gave in the Ostral Day parade.
            """);
        Assert.DoesNotContain(d.OfType("Place"), p => p.Name.EndsWith(" Day"));
    }

    [Fact]
    public void ADocumentIsNoPlace()
    {
        var d = TestArticles.Extract("""
            date 2021-05-11

            Malian President Issa Kantao and Nigerien President Moussa Dandi met in Bamako on Monday. The two leaders set out their plan in the Closing Act of the talks.
            """);
        Assert.DoesNotContain(d.OfType("Place"), p => p.Name == "Closing Act");
    }

    [Fact]
    public void ANameBeforeAnEventNounQualifiesTheEvent()
    {
        var d = TestArticles.Extract("""
            date 2021-05-11

            Malian President Issa Kantao met Nigerien President Moussa Dandi at the Varnic summit conference in Bamako on Monday.
            """);
        Assert.DoesNotContain(d.OfType("Place"), p => p.Name == "Varnic");
    }

    [Fact]
    public void AConferenceCentreStaysAVenue()
    {
        var d = TestArticles.Extract("""
            date 2021-05-11

            Malian President Issa Kantao met Nigerien President Moussa Dandi at the Orvela conference centre on Monday.
            """);
        Assert.Contains(d.OfType("Place"), p => p.Name.StartsWith("Orvela"));
    }

    [Fact]
    public void ASpeakingGroupOfCountriesIsNoMeetingsPlace()
    {
        var d = TestArticles.Extract("""
            date 2021-05-11

            Malian President Issa Kantao held talks with Nigerien President Moussa Dandi in Bamako on Monday, on his first tour of the French-speaking Sahelia.
            """);
        Assert.DoesNotContain(d.OfType("Place"), p => p.Name.Contains("Sahelia"));
    }
}

/// <summary>A faith adjective or one word cut off a body's long name, alone after "in" or "at", is no place.</summary>
public class LoneNameFragmentsTests
{
    [Fact]
    public void AFaithAdjectiveAloneIsNoPlace()
    {
        var d = TestArticles.Extract("""
            date 2021-05-11

            Malian President Issa Kantao met Nigerien President Moussa Dandi in Bamako on Monday. Both will speak at the Muslim gathering in Timbuktu.
            """);
        Assert.DoesNotContain(d.OfType("Place"), p => p.Name == "Muslim");
    }

    [Fact]
    public void TheLastWordOfABodyAloneIsNoMeetingsPlace()
    {
        var d = TestArticles.Extract("""
            date 2021-05-11

            The foreign ministers of the Sahel League met in Bamako on Monday. Kantao said the question of Niger rejoining would be settled in the League.
            """);
        Assert.DoesNotContain(d.OfType("Place"), p => p.Name == "League");
    }
}
