namespace RelationsGraph.Extraction.Tests;

/// <summary>Talks the text orders before or after a signing ("then held talks", "before the signing"): two occasions of one day.</summary>
public class SequencedWithSigningTests
{
    [Fact]
    public void TalksHeldThenAfterTheSigningAreAnOccasionOfTheirOwn()
    {
        var d = TestArticles.Extract("""
            date 2024-03-12 Estonian Foreign Minister Andres Kivisild and Latvian Foreign Minister Ilze Ozolina signed a fisheries accord at Kadriorg Palace in Tallinn on Tuesday in the presence of Estonian President Mart Rannu.
            Kivisild and Ozolina then held talks with Rannu at the palace on Baltic energy links.
            """);
        var attended = d.OfType("Meeting").Where(m => d.Has("ATTENDED", "person:andres-kivisild", m.Id)).ToList();
        Assert.Equal(2, attended.Count);
        Assert.Contains(attended, m => m.Kind == "talks");
        Assert.Contains(attended, m => m.Kind != "talks");
    }

    [Fact]
    public void AnAudienceBeforeTheSigningIsAnOccasionOfItsOwn()
    {
        var d = TestArticles.Extract("""
            date 2024-06-04 Finnish envoy Kaarlo Heinonen and Swedish envoy Britt Lindqvist signed a rail memorandum in Helsinki on Tuesday in the presence of Finnish President Aino Koskela, who received the two envoys in audience before the signing.
            """);
        var attended = d.OfType("Meeting").Where(m => d.Has("ATTENDED", "person:aino-koskela", m.Id)).ToList();
        Assert.Equal(2, attended.Count);
    }

    [Fact]
    public void MeetingASignerAfterTheCeremonyIsAnotherEncounter()
    {
        var d = TestArticles.Extract("""
            date 2024-09-20 Norwegian envoy Sindre Hovland and Icelandic envoy Gudrun Arnadottir signed a fisheries protocol in Bergen on Friday.
            Norwegian Foreign Minister Eirik Sandvik attended the ceremony. Sandvik met Arnadottir and her negotiating team after the ceremony.
            """);
        var attended = d.OfType("Meeting").Where(m => d.Has("ATTENDED", "person:gudrun-arnadottir", m.Id)).ToList();
        Assert.Equal(2, attended.Count);
    }

    [Fact]
    public void ASigningAfterWhichTheTalksEndedIsAnOccasionOfItsOwn()
    {
        var d = TestArticles.Extract("""
            date 2024-03-12 Estonian Foreign Minister Andres Kivisild held talks with Latvian Foreign Minister Ilze Ozolina in Riga on Tuesday, after which the two ministers signed a fisheries accord.
            """);
        var attended = d.OfType("Meeting").Where(m => d.Has("ATTENDED", "person:ilze-ozolina", m.Id)).ToList();
        Assert.Equal(2, attended.Count);
        Assert.Contains(attended, m => m.Kind == "talks");
    }

    [Fact]
    public void TalksHeldLaterThatDayAreAnOccasionOfTheirOwn()
    {
        var d = TestArticles.Extract("""
            date 2024-03-12 Estonian Foreign Minister Andres Kivisild and Latvian Foreign Minister Ilze Ozolina signed a fisheries accord at Kadriorg Palace in Tallinn on Tuesday.
            Kivisild later met Ozolina at the palace for talks on Baltic energy links.
            """);
        var attended = d.OfType("Meeting").Where(m => d.Has("ATTENDED", "person:ilze-ozolina", m.Id)).ToList();
        Assert.Equal(2, attended.Count);
    }

    [Fact]
    public void TalksToldWithoutASequenceStayWithTheSigning()
    {
        var d = TestArticles.Extract("""
            date 2024-03-12 Estonian Foreign Minister Andres Kivisild and Latvian Foreign Minister Ilze Ozolina signed a fisheries accord at Kadriorg Palace in Tallinn on Tuesday.
            The two ministers held talks at the palace on Baltic energy links.
            """);
        var attended = d.OfType("Meeting").Where(m => d.Has("ATTENDED", "person:andres-kivisild", m.Id)).ToList();
        Assert.Single(attended);
    }

    [Fact]
    public void TalksOpenedByBeforeTheCeremonyAreHeldByTheSigningsPrincipals()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 Slovenian Prime Minister Tomaz Brezar and Croatian Prime Minister Vesna Kolaric signed a river basin declaration at a ceremony in Ptuj Castle on Tuesday.
            The foreign ministers Luka Vidmar and Ante Juric also signed the document.
            Before the ceremony the two premiers held talks in a small format at the town hall.
            """);
        var attended = d.OfType("Meeting").Where(m => d.Has("ATTENDED", "person:vesna-kolaric", m.Id)).ToList();
        Assert.Equal(2, attended.Count);
        var talks = Assert.Single(attended, m => m.Kind == "talks");
        Assert.True(d.Has("ATTENDED", "person:tomaz-brezar", talks.Id));
        Assert.False(d.Has("ATTENDED", "person:luka-vidmar", talks.Id));
    }

    [Fact]
    public void AFrontedAfterTheSigningSetsTheTalksApart()
    {
        var d = TestArticles.Extract("""
            date 2024-10-02 Moldovan Foreign Minister Dorin Ciobanu and Romanian Foreign Minister Ioana Stanescu signed a border crossing accord in Iasi on Wednesday.
            After the signing, Ciobanu and Stanescu held talks on energy links.
            """);
        var attended = d.OfType("Meeting").Where(m => d.Has("ATTENDED", "person:ioana-stanescu", m.Id)).ToList();
        Assert.Equal(2, attended.Count);
        Assert.Contains(attended, m => m.Kind == "talks");
    }
}
