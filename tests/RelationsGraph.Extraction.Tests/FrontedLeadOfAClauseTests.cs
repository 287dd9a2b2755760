namespace RelationsGraph.Extraction.Tests;

/// <summary>A coordinated clause that fronts a phrase of time or place before its pronoun subject still has a subject of its own.</summary>
public class FrontedLeadOfAClauseTests
{
    [Fact]
    public void APlacePhraseBeforeThePronounKeepsEachClausesCounterpartApart()
    {
        var d = TestArticles.Extract("""
            date 2024-02-14 TROMVIK, Feb 14 (Wire) - In Tromvik, President Aldo Ferrenti of Vasca held talks with Prime Minister Rune Haldvik, and in Lindholm he met President Oda Sverdrup.
            """);
        Assert.DoesNotContain(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:rune-haldvik", m.Id) && d.Has("ATTENDED", "person:oda-sverdrup", m.Id));
        Assert.Contains(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:aldo-ferrenti", m.Id) && d.Has("ATTENDED", "person:oda-sverdrup", m.Id));
    }

    [Fact]
    public void ADayBeforeThePronounOpensAClauseWithItsOwnMeeting()
    {
        var d = TestArticles.Extract("""
            date 2023-06-05 MERSAL, June 5 (Wire) - Foreign Minister Petra Lindqvarn called on President Ivo Marcellan of Ostrava at his palace in Mersal, and on Tuesday she is scheduled to meet Prime Minister Tamas Orbeli before flying home.
            """);
        Assert.DoesNotContain(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:ivo-marcellan", m.Id) && d.Has("ATTENDED", "person:tamas-orbeli", m.Id));
    }
}
