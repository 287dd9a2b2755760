namespace RelationsGraph.Extraction.Tests;

/// <summary>Documents listed after one signing verb, and "put their signatures to".</summary>
public class ConcludedListTests
{
    [Fact]
    public void PuttingSignaturesToAnAgreementConcludesIt()
    {
        var d = TestArticles.Extract("date 2021-07-29 Serbian President Aleksandar Vucic and Albanian Prime Minister Edi Rama put their signatures to an agreement on disaster relief in Skopje.");
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:edi-rama", agreement.Id), d.Dump());
    }

    [Fact]
    public void EveryDocumentOfTheListAfterTheVerbIsConcluded()
    {
        var d = TestArticles.Extract("""
            date 2024-09-03 The two governments signed an agreement on the reconstruction of a coal-fired power station in the capital, an agreement on supplies of diesel, and a separate agreement on aviation fuel for Mongolian airports.
            """);
        Assert.Equal(3, d.OfType("Agreement").Count());
    }

    [Fact]
    public void AListItemAfterALongTopicIsConcludedToo()
    {
        var d = TestArticles.Extract("""
            date 2021-07-29 Vucic, Rama and Zaev signed a memorandum on facilitating the import, export and movement of goods, and a memorandum on free access to the labour market.
            """);
        Assert.Equal(2, d.OfType("Agreement").Count());
    }
}

/// <summary>A ceremony where a document is signed is the meeting that produced it.</summary>
public class SigningCeremonyTests
{
    [Fact]
    public void ADocumentSignedAtACeremonyComesOutOfIt()
    {
        var d = TestArticles.Extract("""
            date 2016-09-26 At a ceremony in Cartagena on Monday, Colombian President Juan Manuel Santos and rebel leader Rodrigo Londono signed a peace agreement.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        var meeting = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("PRODUCED", meeting.Id, agreement.Id), d.Dump());
    }
}
