namespace RelationsGraph.Extraction.Tests;

/// <summary>A meal someone hosts is an event of a visit's programme of its own, even in the hall of the welcome ceremony.</summary>
public class HostedMealApartTests
{
    [Fact]
    public void TheBanquetAtThePalaceIsNotTheWelcomeCeremonyThere()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10

            Chilean President Gabriel Boric was given a ceremonial welcome at the Royal Palace in Stockholm on Friday.
            In the evening, Swedish Prime Minister Ulf Kristersson hosted a state banquet at the Royal Palace in honour of President Boric.
            """);
        var ofBoric = d.OfType("Meeting").Where(m => d.Has("ATTENDED", "person:gabriel-boric", m.Id)).ToList();
        Assert.Contains(ofBoric, m => m.Kind == "ceremony");
        Assert.Contains(ofBoric, m => m.Kind == "reception");
    }
}
