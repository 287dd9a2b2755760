namespace RelationsGraph.Extraction.Tests;

/// <summary>A known person written in a longer or shorter form than the list's is still one person.</summary>
public class KnownNameVariantTests
{
    [Fact]
    public void ATitledShortFormGivesWayToTheFullKnownName()
    {
        var d = TestArticles.Extract("date 2024-06-02 The envoy was received by King Hamad bin Isa Al Khalifa in Manama, and King Hamad thanked him.");
        var person = Assert.Single(d.OfType("Person"));
        Assert.Equal("person:hamad-bin-isa-al-khalifa", person.Id);
    }

    [Fact]
    public void FollowingWordsOfTheKnownFullNameBelongToTheMention()
    {
        var d = TestArticles.Extract("date 2017-06-02 The agency's head, Tedros Adhanom, arrived in Geneva.");
        var person = Assert.Single(d.OfType("Person"));
        Assert.Contains("Tedros Adhanom", person.Aliases);
        Assert.Contains("Tedros Adhanom Ghebreyesus", person.Aliases);
    }
}

/// <summary>A known office-holder written without a given name is still that person.</summary>
public class ShortenedKnownNameTests
{
    [Fact]
    public void TheLastWordsOfOneKnownNameNameThatPerson()
    {
        var d = TestArticles.Extract("date 2023-03-30 Turkey's parliament voted after President Tayyip Erdogan received the Finnish president in Ankara.");
        Assert.True(d.Has("REPRESENTS", "person:recep-tayyip-erdogan", "country:tr"), d.Dump());
    }
}
