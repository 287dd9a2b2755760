namespace RelationsGraph.Extraction.Tests;

/// <summary>A traveller's meetings told right after the arrival, placed nowhere of their own, are held in the arrival town.</summary>
public class ArrivalTownTests
{
    [Fact]
    public void CallsOnTheNextDayAfterAMeetingOnArrivalAreInTheArrivalTown()
    {
        var d = TestArticles.Extract("""
            date 2019-05-20

            The regional envoy, Halvard Mbeko, arrived in Ndola on Tuesday evening and at once sat down to a meeting with his adviser, Petra Osei.
            On Wednesday he met Tomas Rindell, then Jonas Kabwe, before calling on Governor Amina Wekesa.
            In the evening he saw Bishop Carlo Ventrelli, who chairs the mediation council.
            """);
        Assert.Contains(d.OfType("Meeting"), m => d.Has("HELD_IN", m.Id, "place:ndola") && d.Has("ATTENDED", "person:carlo-ventrelli", m.Id));
    }

    [Fact]
    public void TalksAfterANarrativeSentenceAreInTheArrivalTown()
    {
        var d = TestArticles.Extract("""
            date 2019-05-20

            The regional envoy, Halvard Mbeko, arrived in Ndola on Tuesday evening.
            The copper levy has divided the provinces for a year.
            On Thursday Mbeko held talks with Governor Amina Wekesa.
            """);
        Assert.Contains(d.OfType("Meeting"), m => d.Has("HELD_IN", m.Id, "place:ndola") && d.Has("ATTENDED", "person:amina-wekesa", m.Id));
    }

    [Fact]
    public void APluperfectArrivalToldAsBackstoryDoesNotPlaceTheTalks()
    {
        var d = TestArticles.Extract("""
            date 2019-05-20

            The regional envoy, Halvard Mbeko, who had arrived in Ndola on Tuesday evening, was still waiting for an answer.
            The copper levy has divided the provinces for a year.
            On Thursday Mbeko held talks with Governor Amina Wekesa.
            """);
        Assert.DoesNotContain(d.OfType("Meeting"), m => d.Has("HELD_IN", m.Id, "place:ndola") && d.Has("ATTENDED", "person:amina-wekesa", m.Id));
    }

    [Fact]
    public void AnotherTownAfterTheArrivalLeavesTheTalksUnplaced()
    {
        var d = TestArticles.Extract("""
            date 2019-05-20

            The regional envoy, Halvard Mbeko, arrived in Ndola on Tuesday evening.
            The copper levy has divided the provinces since the last census was taken in Lusaka.
            On Thursday Mbeko held talks with Governor Amina Wekesa.
            """);
        Assert.DoesNotContain(d.OfType("Meeting"), m => d.Has("HELD_IN", m.Id, "place:ndola") && d.Has("ATTENDED", "person:amina-wekesa", m.Id));
    }
}
