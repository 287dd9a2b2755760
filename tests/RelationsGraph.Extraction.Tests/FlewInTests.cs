namespace RelationsGraph.Extraction.Tests;

/// <summary>"X flew in on Wednesday morning": arriving with no destination named is attendance of the gathering told.</summary>
public class FlewInTests
{
    private const string Lead = "date 2022-09-14 Baltic and Nordic leaders held a summit on energy security in Riga on Wednesday.";

    [Fact]
    public void ALeaderWhoFlewInAttendsTheGatheringTold()
    {
        var d = TestArticles.Extract(Lead + "\nEuropean Commission President Ursula von der Leyen flew in from Brussels that morning.\n");
        var summit = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:ursula-von-der-leyen", summit.Id), d.Dump());
    }

    [Fact]
    public void FlyingInAVehicleOrAYearIsNoArrival()
    {
        var d = TestArticles.Extract(Lead + "\nAs a young pilot, Finnish President Sauli Niinisto flew in a small propeller plane over the Gulf of Finland.\n");
        Assert.DoesNotContain(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:sauli-niinisto", m.Id));
    }
}
