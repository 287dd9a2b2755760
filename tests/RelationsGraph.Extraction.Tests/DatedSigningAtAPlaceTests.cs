namespace RelationsGraph.Extraction.Tests;

/// <summary>A document told with the place and the day of its signing names a signing held there and then, signed by the agents after "by" only.</summary>
public class DatedSigningAtAPlaceTests
{
    [Fact]
    public void ReducedRelativeWithPlaceAndDateIsASigningThere()
    {
        var d = TestArticles.Extract("""
            VIENNA, May 4, 2021 - The foreign ministers of the two riverside states met in Vienna on Tuesday to review fishing quotas.
            Their talks rest on the Danube Fisheries Treaty, signed in Budapest on 12 March 1987 by Ferenc Halasz and Otto Brenner.
            """);
        var signing = Assert.Single(d.OfType("Meeting"), m => d.Has("HELD_IN", m.Id, "place:budapest"));
        Assert.Equal("1987-03-12", signing.Date);
        Assert.True(d.Has("ATTENDED", "person:ferenc-halasz", signing.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:otto-brenner", signing.Id), d.Dump());
    }

    [Fact]
    public void TheRecalledSigningStaysApartFromTheStorysMeeting()
    {
        var d = TestArticles.Extract("""
            VIENNA, May 4, 2021 - Austrian Foreign Minister Lena Kovac met her Hungarian counterpart in Vienna on Tuesday.
            Officials said the Danube Fisheries Treaty, signed in Budapest in March 1987, still governs the river.
            """);
        var signing = Assert.Single(d.OfType("Meeting"), m => d.Has("HELD_IN", m.Id, "place:budapest"));
        Assert.False(d.Has("HELD_IN", signing.Id, "place:vienna"), d.Dump());
        Assert.False(d.Has("ATTENDED", "person:lena-kovac", signing.Id), d.Dump());
        Assert.Contains(d.OfType("Meeting"), m => d.Has("HELD_IN", m.Id, "place:vienna") && d.Has("ATTENDED", "person:lena-kovac", m.Id));
    }

    [Fact]
    public void WithoutADateNoSigningIsTold()
    {
        var d = TestArticles.Extract("""
            VIENNA, May 4, 2021 - Austrian Foreign Minister Lena Kovac met her Hungarian counterpart in Vienna on Tuesday.
            Kovac said the Danube Fisheries Treaty, signed in Budapest, still governs the river.
            """);
        Assert.DoesNotContain(d.OfType("Meeting"), m => d.Has("HELD_IN", m.Id, "place:budapest"));
    }

    [Fact]
    public void AGatheringToldBeforeTheDocumentLeavesItsSigningApart()
    {
        var d = TestArticles.Extract("""
            VIENNA, May 4, 2021 - The foreign ministers of the two riverside states met in Vienna on Tuesday to review fishing quotas.
            Their statement praises the Graz summit of 1979 and cites the Danube Fisheries Treaty, signed in Budapest in 1987, as a model.
            """);
        var signing = Assert.Single(d.OfType("Meeting"), m => d.Has("HELD_IN", m.Id, "place:budapest"));
        Assert.Equal("1987", signing.Date);
    }

    [Fact]
    public void APastPassiveWithItsSignersIsASigningThere()
    {
        var d = TestArticles.Extract("""
            VIENNA, May 4, 2021 - The foreign ministers of the two riverside states met in Vienna on Tuesday to review fishing quotas.
            The Agreement between the Government of Austria and the Government of Hungary on the shared management of river fisheries was signed in Budapest on 12 March 1987 by Ferenc Halasz and Otto Brenner.
            """);
        var signing = Assert.Single(d.OfType("Meeting"), m => d.Has("HELD_IN", m.Id, "place:budapest"));
        Assert.Equal("1987-03-12", signing.Date);
        Assert.True(d.Has("ATTENDED", "person:otto-brenner", signing.Id), d.Dump());
    }

    [Fact]
    public void APastPassiveWithoutSignersTellsNoSigning()
    {
        var d = TestArticles.Extract("""
            VIENNA, May 4, 2021 - The foreign ministers of the two riverside states met in Vienna on Tuesday to review fishing quotas.
            The Agreement between the Government of Austria and the Government of Hungary on the shared management of river fisheries was signed in Budapest on 12 March 1987.
            """);
        Assert.DoesNotContain(d.OfType("Meeting"), m => d.Has("HELD_IN", m.Id, "place:budapest"));
    }

    [Fact]
    public void AToldDayInAnUndatedStoryStillDatesTheSigningApart()
    {
        var d = TestArticles.Extract("""
            VIENNA - The foreign ministers of the two riverside states met in Vienna on Tuesday to review fishing quotas.
            Their talks rest on a fisheries treaty signed in Budapest on Aug. 12 with the river authority, officials said.
            """);
        var signing = Assert.Single(d.OfType("Meeting"), m => d.Has("HELD_IN", m.Id, "place:budapest"));
        Assert.False(d.Has("HELD_IN", signing.Id, "place:vienna"), d.Dump());
    }

    [Fact]
    public void APronounSubjectTakesUpTheDocumentOfItsSigning()
    {
        var d = TestArticles.Extract("""
            VIENNA, May 4, 2021 - The prime ministers of Austria and Hungary signed the Danube Fisheries Treaty in Vienna on Tuesday.
            It was initialled in Budapest on 12 March 2020 by Ferenc Halasz and Otto Brenner.
            """);
        var initialling = Assert.Single(d.OfType("Meeting"), m => d.Has("HELD_IN", m.Id, "place:budapest"));
        Assert.Equal("2020-03-12", initialling.Date);
        Assert.True(d.Has("ATTENDED", "person:ferenc-halasz", initialling.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:otto-brenner", initialling.Id), d.Dump());
        Assert.False(d.Has("HELD_IN", initialling.Id, "place:vienna"), d.Dump());
    }
    [Fact]
    public void AGatheringInALaterCoordinatedClauseLeavesTheSigningStanding()
    {
        var d = TestArticles.Extract("""
            VIENNA, May 4, 2021 - Austrian Foreign Minister Lena Kovac met her Hungarian counterpart in Vienna on Tuesday.
            The river board was set up by the Danube Fisheries Treaty, signed in Budapest in March 1987 by the four riverside governments, and its yearly Fisheries Conference may not discuss borders.
            """);
        var signing = Assert.Single(d.OfType("Meeting"), m => d.Has("HELD_IN", m.Id, "place:budapest"));
        Assert.Equal("1987-03", signing.Date);
    }
}
