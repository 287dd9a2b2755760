namespace RelationsGraph.Extraction.Tests;

/// <summary>"The signing followed talks between ...", "the talks were followed by a signing ceremony": two occasions told in order.</summary>
public class SigningFollowedTalksTests
{
    [Fact]
    public void TalksTheSigningFollowedAreAnOccasionOfTheirOwn()
    {
        var d = TestArticles.Extract("""
            date 2024-04-09 Moldovan Foreign Minister Doru Cebotari and Romanian Foreign Minister Ilinca Vasilescu signed a river navigation accord at the Palace of the Republic in Chisinau on Tuesday.
            The signing followed a round of talks between the two ministers on grid links.
            """);
        var attended = d.OfType("Meeting").Where(m => d.Has("ATTENDED", "person:doru-cebotari", m.Id)).ToList();
        Assert.Equal(2, attended.Count);
        Assert.Contains(attended, m => m.Kind == "talks");
    }

    [Fact]
    public void TalksFollowedByASigningCeremonyAreAnOccasionOfTheirOwn()
    {
        var d = TestArticles.Extract("""
            date 2024-04-09 Moldovan Foreign Minister Doru Cebotari and Romanian Foreign Minister Ilinca Vasilescu signed a river navigation accord at the Palace of the Republic in Chisinau on Tuesday.
            Talks between Cebotari and Vasilescu on grid interconnection were followed by the signing ceremony.
            """);
        var attended = d.OfType("Meeting").Where(m => d.Has("ATTENDED", "person:ilinca-vasilescu", m.Id)).ToList();
        Assert.Equal(2, attended.Count);
    }

    [Fact]
    public void TalksToldBesideTheSigningWithoutAVerbOfFollowingStayWithIt()
    {
        var d = TestArticles.Extract("""
            date 2024-04-09 Moldovan Foreign Minister Doru Cebotari and Romanian Foreign Minister Ilinca Vasilescu signed a river navigation accord at the Palace of the Republic in Chisinau on Tuesday.
            The two ministers held talks at the palace on grid interconnection.
            """);
        var attended = d.OfType("Meeting").Where(m => d.Has("ATTENDED", "person:doru-cebotari", m.Id)).ToList();
        Assert.Single(attended);
    }
}
