namespace RelationsGraph.Extraction.Tests;

/// <summary>The one town named with "in" or "at" in the sentence that tells a dated meeting is where that meeting was held.</summary>
public class SentenceTownTests
{
    [Fact]
    public void ATownOpeningTheSentenceWithItsDatePlacesTheSigning()
    {
        var d = TestArticles.Extract("""
            date 1971-06-02

            In Arusha on 14 May, Prime Minister Daudi Okello and the Kenyan foreign minister, Amina Wekesa, signed a protocol opening the border crossings.
            """);
        Assert.Contains(d.OfType("Meeting"), m => d.Has("HELD_IN", m.Id, "place:arusha"));
    }

    [Fact]
    public void ATownOfALookBackPlacesTheRecalledMeeting()
    {
        var d = TestArticles.Extract("""
            date 1983-02-10

            For both capitals the new accord completes what began in Kigoma in July 1961, when Prime Minister Daudi Okello and President Halvard Mbeko first signed a border protocol.
            """);
        Assert.Contains(d.OfType("Meeting"), m => d.Has("HELD_IN", m.Id, "place:kigoma"));
    }

    [Fact]
    public void ATownQualifyingAnotherNounDoesNotPlaceTheMeeting()
    {
        var d = TestArticles.Extract("""
            date 2021-06-15

            On Monday the foreign ministers Lena Varga and Tomas Rindell held a separate meeting in which they discussed the war in Aleppo.
            """);
        Assert.DoesNotContain(d.OfType("Meeting"), m => d.Has("HELD_IN", m.Id, "place:aleppo"));
    }

    [Fact]
    public void TheTownOfPeopleSpeakingDoesNotPlaceTheMeeting()
    {
        var d = TestArticles.Extract("""
            date 2018-08-20

            President Kwame Osei, who missed the signing on Saturday, told reporters in Kumasi on Sunday that his patience with the rebels was gone.
            """);
        Assert.DoesNotContain(d.OfType("Meeting"), m => d.Has("HELD_IN", m.Id, "place:kumasi"));
    }
}
