using RelationsGraph.Extraction.Model;

namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "A came, as did B", "C and D also came", "From the coast came E": a person's coming with no goal told after the verb is
/// coming to the gathering under discussion; "came under fire", "came with him to Y" name a state or a goal and are no such attendance.
/// </summary>
public class ArrivalWithNoGoalTests
{
    private const string Lead = "date 2019-05-15 VARENHOLM, May 15 (Wire) - Leaders of the Northern Rim Council opened a two-day summit on fisheries in Varenholm on Wednesday.";

    private static ExtractionDocument Summit(string more) => TestArticles.Extract(Lead + "\n" + more + "\n");

    private static string SummitId(ExtractionDocument d) => Assert.Single(d.OfType("Meeting"), m => m.Kind == "summit").Id;

    [Fact]
    public void LeadersWhoAlsoCameAreAtTheSummit()
    {
        var d = Summit("President Tomas Vellinger of Ostmark and Prime Minister Aino Rasku of Finland also came.");
        var summit = SummitId(d);
        Assert.True(d.Has("ATTENDED", "person:tomas-vellinger", summit), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:aino-rasku", summit), d.Dump());
    }

    [Fact]
    public void OneWhoCameAsDidOthersIsAtTheSummitWithThem()
    {
        var d = Summit("Norway's Prime Minister Halvard Strand came in person, as did Denmark's Prime Minister Mette Kjaergaard.");
        var summit = SummitId(d);
        Assert.True(d.Has("ATTENDED", "person:halvard-strand", summit), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:mette-kjaergaard", summit), d.Dump());
    }

    [Fact]
    public void OneWhoCameInACapacityIsAtTheSummit()
    {
        var d = Summit("The former Icelandic President Bjorn Sigvaldason came as the council's special envoy.");
        Assert.True(d.Has("ATTENDED", "person:bjorn-sigvaldason", SummitId(d)), d.Dump());
    }

    [Fact]
    public void PeopleAfterAnInvertedCameAreAtTheSummit()
    {
        var d = Summit("From the eastern shore came Foreign Minister Peeter Kallaste of Estonia and Foreign Minister Ruta Zalite of Latvia.");
        var summit = SummitId(d);
        Assert.True(d.Has("ATTENDED", "person:peeter-kallaste", summit), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:ruta-zalite", summit), d.Dump());
    }

    [Fact]
    public void ComingUnderFireIsNoAttendance()
    {
        var d = Summit("Prime Minister Aino Rasku of Finland came under fire from her own party over the quota plan.");
        Assert.DoesNotContain(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:aino-rasku", m.Id));
    }

    [Fact]
    public void ComingWithSomeoneToAnotherPlaceIsNoAttendanceOfTheSummit()
    {
        var d = Summit("Last winter Prime Minister Aino Rasku of Finland came with her trade minister to Tallinn for a state funeral.");
        Assert.False(d.Has("ATTENDED", "person:aino-rasku", SummitId(d)), d.Dump());
    }

    [Fact]
    public void TwoAttendancesOfACeremonyToldWithoutPeopleMakeOneCeremony()
    {
        var d = TestArticles.Extract("""
            Bridge opened over the Varn

            The ceremony took place under an awning at the midpoint of the span.
            Queen Ilse and Princess Maren accompanied King Aldric of Norland, and the prime minister, Erkki Saarinen, came with a handful of his ministers.
            """);
        var ceremony = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:erkki-saarinen", ceremony.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:aldric", ceremony.Id), d.Dump());
    }
}
