namespace RelationsGraph.Extraction.Tests;

/// <summary>"The Agreement on ... (a long title) was signed by A and B": the signers met for it, however long the title.</summary>
public class LongTitledPassiveSigningTests
{
    [Fact]
    public void ADocumentWithALongTitleSignedByTwoPeopleIsASigningTheyAttended()
    {
        var d = TestArticles.Extract("date 2024-06-12 The Agreement for the Joint Management of Fisheries, Coastal Waters and Shared River Basins was signed " +
                                     "in Suva on Wednesday by Fijian Prime Minister Sitiveni Rabuka and Tongan Prime Minister Aisake Eke.");
        var signing = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:sitiveni-rabuka", signing.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:aisake-eke", signing.Id), d.Dump());
    }

    [Fact]
    public void AnAgreementNamedInAnEarlierClauseIsNotTheSubject()
    {
        var d = TestArticles.Extract("date 2024-06-12 Fiji recalled the fisheries agreement; the letter was signed on Wednesday by Fijian Prime Minister Sitiveni Rabuka and Tongan Prime Minister Aisake Eke.");
        Assert.Empty(d.OfType("Meeting"));
    }
}
