namespace RelationsGraph.Extraction.Tests;

/// <summary>Which states a document binds, as opposed to those whose people only watched, hosted or looked on.</summary>
public class PartyRolesTests
{
    [Fact]
    public void AnObserverAtTheTalksBindsNoStateOfItsOwn()
    {
        var d = TestArticles.Extract("""
            date 2025-06-10 Ghanaian Foreign Minister Samuel Okudzeto Ablakwa met Togolese Foreign Minister Robert Dussey in Accra on Tuesday.
            Norwegian diplomat Ingrid Solberg attended as an observer.
            The talks ended with a joint statement on fishing rights.
            """);
        var statement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("PARTY_TO", "country:gh", statement.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:tg", statement.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:no", statement.Id), d.Dump());
    }
}
