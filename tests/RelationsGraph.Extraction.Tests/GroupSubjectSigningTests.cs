namespace RelationsGraph.Extraction.Tests;

/// <summary>A signing told through a group subject ("the two leaders", "the four men", "They") with a venue is the signing of the people under discussion, held there.</summary>
public class GroupSubjectSigningTests
{
    [Fact]
    public void ThePairSigningAtAVenueGivesTheSigningItsPlace()
    {
        var d = TestArticles.Extract("""
            KORVIA, March 3, 2024 - President Anton Drel of Velmar and Chancellor Mira Kost of Ostria signed a border treaty on Sunday.
            The two leaders duly put their signatures to the Lakeside Treaty at a long table in Karsten Castle, the old seat of the dukes.
            """);
        var signing = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:anton-drel", signing.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:mira-kost", signing.Id), d.Dump());
        Assert.True(d.Has("HELD_IN", signing.Id, "place:karsten-castle"), d.Dump());
    }

    [Fact]
    public void ACountedGroupSigningTheTreatiesInAHallIsHeldThere()
    {
        var d = TestArticles.Extract("""
            TALVERA, May 9, 2023 - Prime Minister Olek Varn of Velmar, President Ida Soren of Ostria and Prime Minister Pavel Unter of Drava met on Tuesday to settle the river dispute.
            The three men then signed the treaties in the Great Hall of Talvera Palace.
            """);
        var signing = Assert.Single(d.OfType("Meeting"), m => m.Kind == "signing");
        Assert.True(d.Has("ATTENDED", "person:olek-varn", signing.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:pavel-unter", signing.Id), d.Dump());
        Assert.True(d.Has("HELD_IN", signing.Id, "place:great-hall-of-talvera-palace"), d.Dump());
    }

    [Fact]
    public void TwoCountriesSigningAtAPlaceInAnEarlierYearIsThatSigning()
    {
        var d = TestArticles.Extract("""
            KORVIA, March 3, 2024 - Velmar's foreign ministry said on Sunday that trade had doubled.
            The two countries signed a trade accord at the Amber Guesthouse in Korvia in 2009.
            """);
        var signing = Assert.Single(d.OfType("Meeting"));
        Assert.Equal("signing", signing.Kind);
        Assert.True(d.Has("HELD_IN", signing.Id, "place:amber-guesthouse"), d.Dump());
    }

    [Fact]
    public void PlainPluralOfficeholdersSigningAtAVenueGiveTheSigningItsPlace()
    {
        var d = TestArticles.Extract("""
            BRELLO, June 14, 2022 - Foreign Minister Jana Holt of Velmar and Foreign Minister Erik Saro of Ostria signed a fisheries accord on Tuesday.
            The ministers signed the accord at the Lindenhof Hotel after a morning of talks.
            """);
        var signing = Assert.Single(d.OfType("Meeting"), m => m.Kind == "signing");
        Assert.True(d.Has("HELD_IN", signing.Id, "place:lindenhof-hotel"), d.Dump());
    }

    [Fact]
    public void AGroupSigningWithNoPlaceMakesNoGathering()
    {
        var d = TestArticles.Extract("""
            KORVIA, March 3, 2024 - Velmar's foreign ministry said on Sunday that trade had doubled.
            The two countries also signed a trade accord.
            """);
        Assert.Empty(d.OfType("Meeting"));
    }

    [Fact]
    public void TwoNamedStatesSigningAtAVenueGiveTheSigningItsPlace()
    {
        var d = TestArticles.Extract("""
            KORVIA, March 3, 2024 - Chile and Norway on Monday signed a fisheries treaty at the Lindenmoor Guesthouse, ending a decade of quarrels over the catch.

            Foreign Minister Jana Holt of Chile and Foreign Minister Erik Saro of Norway put their names to the text after a short round of talks.
            """);
        var signing = Assert.Single(d.OfType("Meeting"), m => m.Kind == "signing");
        Assert.True(d.Has("ATTENDED", "person:jana-holt", signing.Id), d.Dump());
        Assert.True(d.Has("HELD_IN", signing.Id, "place:lindenmoor-guesthouse"), d.Dump());
    }

    [Fact]
    public void APlaceOfAnotherVerbPastTheCommaDoesNotPlaceTheStatesSigning()
    {
        var d = TestArticles.Extract("""
            KORVIA, March 3, 2024 - Foreign Minister Jana Holt of Chile and Foreign Minister Erik Saro of Norway held a first round of talks on Sunday.
            Chile and Norway signed a truce declaration on Monday, hours after the last trawlermen held in Brellin were set free.
            """);
        Assert.DoesNotContain(d.OfType("Meeting"), m => d.Has("HELD_IN", m.Id, "place:brellin"));
    }
}
