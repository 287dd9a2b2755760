namespace RelationsGraph.Extraction.Tests;

/// <summary>"leaders who came to witness it: A, B and C": travelling to witness a signing is being at it.</summary>
public class CameToWitnessTests
{
    [Fact]
    public void ThoseWhoCameToWitnessASigningAttendIt()
    {
        var d = TestArticles.Extract("date 2024-06-12 Ethiopian Prime Minister Abiy Ahmed and Eritrean President Isaias Afwerki signed a peace agreement in Jeddah on Wednesday. " +
                                     "Two leaders came to witness it: Kenyan President William Ruto and Djiboutian President Ismail Omar Guelleh.");
        var signing = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:william-ruto", signing.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:ismail-omar-guelleh", signing.Id), d.Dump());
    }

    [Fact]
    public void AWitnessNounIsNoAttendance()
    {
        var d = TestArticles.Extract("date 2024-06-12 Ethiopian Prime Minister Abiy Ahmed and Eritrean President Isaias Afwerki signed a peace agreement in Jeddah on Wednesday. " +
                                     "Kenyan President William Ruto said in Nairobi that he was a witness to the war.");
        var signing = Assert.Single(d.OfType("Meeting"));
        Assert.False(d.Has("ATTENDED", "person:william-ruto", signing.Id), d.Dump());
    }
}
