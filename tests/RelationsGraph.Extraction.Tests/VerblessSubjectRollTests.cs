namespace RelationsGraph.Extraction.Tests;

/// <summary>A subject made only of names and their long titles, with no verb of its own, attends with the verb after it.</summary>
public class VerblessSubjectRollTests
{
    [Fact]
    public void EveryNameOfALongTitledRollBeforeWerePresentAttends()
    {
        var d = TestArticles.Extract("""
            date 2016-03-10 Indonesian President Joko Widodo and Malaysian Prime Minister Najib Razak held talks at the Merdeka Palace in Jakarta on Thursday.
            The Coordinating Minister for Political, Legal and Security Affairs, Mr. Luhut Pandjaitan, the Minister for Foreign Affairs, Mrs. Retno Marsudi, the Minister for Trade and Industry of Malaysia, Mr. Mustapa Mohamed, and the Special Envoy of the Prime Minister on Regional Affairs, Mr. Rais Yatim, were present.
            """);
        var talks = Assert.Single(d.OfType("Meeting"));
        foreach (var id in new[] { "person:luhut-pandjaitan", "person:retno-marsudi", "person:mustapa-mohamed", "person:rais-yatim" })
            Assert.True(d.Has("ATTENDED", id, talks.Id), id + "\n" + d.Dump());
    }

    [Fact]
    public void ASubjectWithAVerbOfItsOwnIsNoRoll()
    {
        var d = TestArticles.Extract("""
            date 2016-03-10 Indonesian President Joko Widodo and Malaysian Prime Minister Najib Razak held talks at the Merdeka Palace in Jakarta on Thursday.
            Coordinating Minister Luhut Pandjaitan, Foreign Minister Retno Marsudi and Trade Minister Mustapa Mohamed briefed reporters at length on the border file, the palm oil dispute and the haze from the forest fires in Sumatra, and an adviser attended.
            """);
        foreach (var id in new[] { "person:luhut-pandjaitan", "person:retno-marsudi", "person:mustapa-mohamed" })
            Assert.DoesNotContain(d.OfType("Meeting"), m => d.Has("ATTENDED", id, m.Id));
    }
}
