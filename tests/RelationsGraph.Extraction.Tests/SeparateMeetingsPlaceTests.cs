namespace RelationsGraph.Extraction.Tests;

/// <summary>Separate meetings told in one sentence: a place before the counterparts holds them all, one after a counterpart is that meeting's.</summary>
public class SeparateMeetingsPlaceTests
{
    [Fact]
    public void APlaceToldBeforeTheCounterpartsHoldsEveryMeeting()
    {
        var d = TestArticles.Extract("""
            ACCRA, June 9, 2019 - On Monday Ghanaian President Kwame Asante held separate bilateral meetings at the Jubilee House with Togolese President Edem Koffi, Beninese President Paul Houngbo and Ivorian President Yao Kouassi.
            """);
        foreach (var guest in new[] { "person:edem-koffi", "person:paul-houngbo", "person:yao-kouassi" })
        {
            var meeting = d.OfType("Meeting").Single(m => d.Has("ATTENDED", guest, m.Id));
            Assert.True(d.Has("HELD_IN", meeting.Id, "place:jubilee-house"), d.Dump());
        }
    }

    [Fact]
    public void APlaceToldAfterOneCounterpartIsThatMeetingsOnly()
    {
        var d = TestArticles.Extract("""
            ACCRA, June 9, 2019 - On Monday Ghanaian President Kwame Asante met separately with Togolese President Edem Koffi at the Jubilee House, Beninese President Paul Houngbo and Ivorian President Yao Kouassi.
            """);
        var first = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:edem-koffi", m.Id));
        var second = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:paul-houngbo", m.Id));
        Assert.True(d.Has("HELD_IN", first.Id, "place:jubilee-house"), d.Dump());
        Assert.False(d.Has("HELD_IN", second.Id, "place:jubilee-house"), d.Dump());
    }
}
