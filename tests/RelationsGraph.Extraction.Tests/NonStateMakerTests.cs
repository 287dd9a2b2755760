namespace RelationsGraph.Extraction.Tests;

/// <summary>A document the rebels or factions made at a meeting binds none of the meeting's foreign participants.</summary>
public class NonStateMakerTests
{
    [Fact]
    public void FactionsAgreeingAtAConferenceBindNoForeignParticipant()
    {
        var d = TestArticles.Extract("""
            date 2003-03-12 Kenyan President Mwai Kibaki, Tanzanian President Benjamin Mkapa and Ugandan President Yoweri Museveni opened the peace conference in Nairobi on Tuesday, with envoys from Ethiopia, Eritrea, Sudan and Djibouti.
            At the conference in Nairobi, the warring factions agreed to a ceasefire on Wednesday.
            """);
        var ceasefire = Assert.Single(d.OfType("Agreement"));
        Assert.DoesNotContain(d.Relationships, r => r.Type == "PARTY_TO" && r.To == ceasefire.Id && r.From is "country:ke" or "country:ug" or "country:tz");
    }
}
