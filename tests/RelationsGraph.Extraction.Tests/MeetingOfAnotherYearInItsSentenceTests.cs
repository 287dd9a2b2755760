namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// An undated document concluded in a sentence that names a meeting of an earlier year comes out of that meeting, never
/// out of the signing the story reports.
/// </summary>
public class MeetingOfAnotherYearInItsSentenceTests
{
    [Fact]
    public void ACharterSignedAtAFoundingMeetingOfAnEarlierYearComesOutOfThatMeeting()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10 Five Andean republics signed a water-sharing treaty in Cusco on Friday.
            The treaty was signed by Peruvian President Tomasa Quillca and Bolivian President Ernesto Mamani.
            The bloc was founded in March 2019 at a meeting in Arequipa, where nine states signed the Arequipa Charter.
            """);
        var charter = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Arequipa"));
        var producer = Assert.Single(d.Relationships, r => r.Type == "PRODUCED" && r.To == charter.Id);
        Assert.StartsWith("2019", d.Entity(producer.From).Date);
    }
}
