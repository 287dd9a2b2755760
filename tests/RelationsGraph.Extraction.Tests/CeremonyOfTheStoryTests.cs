namespace RelationsGraph.Extraction.Tests;

/// <summary>In a story whose only current gathering is a ceremony, a plain attendance told paragraphs later is at that ceremony.</summary>
public class CeremonyOfTheStoryTests
{
    [Fact]
    public void ARepresentationToldLaterIsAtTheOnlyCeremony()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 Estonian President Mart Kivisild hosted the inauguration ceremony of the new ferry terminal at Paldiski on Tuesday.

            The terminal cost 300 million euros and will handle two million passengers a year.
            Its first ferries sail to Helsinki from June.

            Finland was represented by its transport minister, Liisa Karhunen.
            """);
        var ceremony = d.OfType("Meeting").Single(x => d.Has("ATTENDED", "person:mart-kivisild", x.Id));
        Assert.True(d.Has("ATTENDED", "person:liisa-karhunen", ceremony.Id), d.Dump());
    }

    [Fact]
    public void AGatheringOfAnEarlierYearToldLaterDoesNotHoldTheAttendanceBack()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 Estonian President Mart Kivisild hosted the inauguration ceremony of the new ferry terminal at Paldiski on Tuesday.

            The terminal cost 300 million euros and will handle two million passengers a year.

            Finland was represented by its transport minister, Liisa Karhunen.

            The project was first discussed at a summit in Tallinn in 2015, where President Arvo Lepik backed it.
            """);
        var ceremony = d.OfType("Meeting").Single(x => d.Has("ATTENDED", "person:mart-kivisild", x.Id));
        Assert.True(d.Has("ATTENDED", "person:liisa-karhunen", ceremony.Id), d.Dump());
    }
}
