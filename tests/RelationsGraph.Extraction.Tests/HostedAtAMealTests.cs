namespace RelationsGraph.Extraction.Tests;

/// <summary>"X hosted Y at a state luncheon": the hosting verb's subject gives the meal and its object is the guest.</summary>
public class HostedAtAMealTests
{
    private const string Text = """
        date 2024-09-17

        Ostravian President Teodor Valisk was welcomed with a guard of honour at the Amber Palace in Korvino on Tuesday.
        After the talks, Prime Minister Lenka Dravic hosted Valisk and his wife, Mira Valisk, at a state luncheon at the Amber Palace.
        """;

    [Fact]
    public void TheLuncheonStaysApartFromTheWelcomeAtTheSamePalace()
    {
        var d = TestArticles.Extract(Text);
        var ofValisk = d.OfType("Meeting").Where(m => d.Has("ATTENDED", "person:teodor-valisk", m.Id)).ToList();
        Assert.Contains(ofValisk, m => m.Kind == "ceremony");
        Assert.Contains(ofValisk, m => m.Kind == "reception");
    }

    [Fact]
    public void TheSubjectOfTheHostingVerbHostsTheLuncheon()
    {
        var d = TestArticles.Extract(Text);
        var luncheon = d.OfType("Meeting").Single(m => m.Kind == "reception");
        Assert.Equal("host", d.Relationships.Single(r => r.Type == "ATTENDED" && r.From == "person:lenka-dravic" && r.To == luncheon.Id).Role);
        Assert.Equal("guest", d.Relationships.Single(r => r.Type == "ATTENDED" && r.From == "person:teodor-valisk" && r.To == luncheon.Id).Role);
    }
}
