namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// Venues named by the office that lives in them ("the Governor's House") or explained in apposition ("X, the official
/// residence of ...") are places where meetings are held, not people.
/// </summary>
public class ResidenceVenueTests
{
    [Theory]
    [InlineData("The two presidents held talks at the Governor's House in Kano on Friday.", "Governor's House")]
    [InlineData("The foreign ministers met at the Prime Minister House on Friday.", "Prime Minister House")]
    [InlineData("A state dinner followed at the President's Palace on Friday.", "President's Palace")]
    public void AnOfficeBeforeAResidenceWordNamesAVenue(string sentence, string venue)
    {
        var d = TestArticles.Extract("date 2024-06-07 " + sentence);
        Assert.Contains(d.OfType("Place"), p => p.Name == venue);
        Assert.DoesNotContain(d.OfType("Person"), p => p.Name is "House" or "Palace");
    }

    [Fact]
    public void TalksAtAnOfficesResidenceAreHeldThere()
    {
        var d = TestArticles.Extract("""
            date 2024-06-07

            Ghanaian President Nana Akufo-Addo and Togolese President Faure Gnassingbe held talks at the Governor's House on Friday.
            """);
        var talks = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("HELD_IN", talks.Id, "place:governors-house"), d.Dump());
    }

    [Theory]
    [InlineData("The accord was signed at Seri Kenangan, the official residence of the prime minister, on Friday.", "Seri Kenangan")]
    [InlineData("The leaders dined at Villa Tamarind, the president's guest house, on Friday.", "Villa Tamarind")]
    [InlineData("The envoys met at Dar Salam, Ouattara's seaside residence, on Friday.", "Dar Salam")]
    public void ANameExplainedAsAResidenceIsAVenue(string sentence, string venue)
    {
        var d = TestArticles.Extract("date 2024-06-07 " + sentence);
        Assert.Contains(d.OfType("Place"), p => p.Name == venue);
    }

    [Fact]
    public void ASigningAtAVenueExplainedInAppositionIsHeldThere()
    {
        var d = TestArticles.Extract("""
            date 2024-06-07

            Kenyan Foreign Minister Musalia Mudavadi and Ugandan Foreign Minister Jeje Odongo signed the border accord at Seri Kenangan, the official residence of the president, on Friday.
            """);
        var signing = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("HELD_IN", signing.Id, "place:seri-kenangan"), d.Dump());
    }

    [Fact]
    public void ATitleBeforeAFullNameIsStillAPerson()
    {
        var d = TestArticles.Extract("date 2017-03-09 Kenya and Uganda agreed on Thursday to build a pipeline. Governor Ruth Kanyange welcomed the delegates.");
        Assert.Contains(d.OfType("Person"), p => p.Name == "Ruth Kanyange");
    }
}
