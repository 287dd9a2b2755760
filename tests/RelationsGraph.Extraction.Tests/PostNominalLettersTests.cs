namespace RelationsGraph.Extraction.Tests;

/// <summary>The letters of a seat or an honour after a name ("A B MP", "C D KBE") close the name and name nothing themselves.</summary>
public class PostNominalLettersTests
{
    [Fact]
    public void TheLettersOfASeatAfterANameLeaveThePerson()
    {
        var d = TestArticles.Extract("date 2023-02-25 Prime Minister Teloa Maravu MP met Foreign Minister Ilo Benvari MP in Valdora on Saturday.");
        Assert.Contains(d.OfType("Person"), p => p.Name == "Teloa Maravu");
        Assert.Contains(d.OfType("Person"), p => p.Name == "Ilo Benvari");
        Assert.DoesNotContain(d.Entities, e => e.Name.EndsWith(" MP") || e.Name == "MP");
    }

    [Fact]
    public void TheLettersOfAnHonourAfterANameBeforeACommaLeaveThePerson()
    {
        var d = TestArticles.Extract("date 2023-02-25 Trade Minister Hon. Ravo Keltani KBE, who led the talks in Valdora, said the accord would be signed in May.");
        Assert.Contains(d.OfType("Person"), p => p.Name == "Ravo Keltani");
        Assert.DoesNotContain(d.Entities, e => e.Name.Contains("KBE"));
    }

    [Fact]
    public void APairWithTheLettersOfASeatIsStillThePairOfTheVerb()
    {
        var d = TestArticles.Extract("date 2023-02-25 Tuvalu and Vanuatu renewed their ties. Prime Ministers Teloa Maravu MP and Ilo Benvari MP held talks in Valdora on Saturday.");
        var meeting = Assert.Single(d.OfType("Meeting"));
        Assert.Contains(d.Relationships, r => r.Type == "ATTENDED" && r.From == "person:teloa-maravu" && r.To == meeting.Id);
        Assert.Contains(d.Relationships, r => r.Type == "ATTENDED" && r.From == "person:ilo-benvari" && r.To == meeting.Id);
        Assert.Contains(d.Relationships, r => r.Type == "REPRESENTS" && r.From == "person:teloa-maravu" && r.To == "country:tv");
        Assert.Contains(d.Relationships, r => r.Type == "REPRESENTS" && r.From == "person:ilo-benvari" && r.To == "country:vu");
    }
}
