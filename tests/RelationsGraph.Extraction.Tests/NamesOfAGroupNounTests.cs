namespace RelationsGraph.Extraction.Tests;

/// <summary>"welcomed Y and his counterparts from A, B and C - P, Q and R -": the names after a group noun are its people.</summary>
public class NamesOfAGroupNounTests
{
    [Theory]
    [InlineData(" - ", " - ")]
    [InlineData(": ", ", ")]
    public void TheRollAfterAGroupNounAttendsWithTheNamedGuest(string open, string close)
    {
        var d = TestArticles.Extract("date 2024-06-12 Kenyan Foreign Minister Musalia Mudavadi welcomed Ugandan Foreign Minister Jeje Odongo and his counterparts from Rwanda, Burundi and Tanzania" +
                                     $"{open}Olivier Nduhungirehe, Albert Shingiro and Mahmoud Thabit Kombo{close}at a lakeside lodge in Naivasha on Wednesday.");
        var meeting = Assert.Single(d.OfType("Meeting"));
        foreach (var id in new[] { "person:jeje-odongo", "person:olivier-nduhungirehe", "person:albert-shingiro", "person:mahmoud-thabit-kombo" })
            Assert.True(d.Has("ATTENDED", id, meeting.Id), id + "\n" + d.Dump());
    }

    [Fact]
    public void AGroupNounWithNoRollAddsNobody()
    {
        var d = TestArticles.Extract("date 2024-06-12 Kenyan Foreign Minister Musalia Mudavadi welcomed Ugandan Foreign Minister Jeje Odongo and other ministers on Wednesday. " +
                                     "Rwandan Foreign Minister Olivier Nduhungirehe stayed in Kigali.");
        var meeting = Assert.Single(d.OfType("Meeting"));
        Assert.False(d.Has("ATTENDED", "person:olivier-nduhungirehe", meeting.Id), d.Dump());
    }
}
