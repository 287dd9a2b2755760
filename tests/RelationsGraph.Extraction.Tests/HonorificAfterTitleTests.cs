namespace RelationsGraph.Extraction.Tests;

/// <summary>Honorifics between a title and a name ("Shri", "Smt.", "Rt. Hon.") are no person and do not split the sentence.</summary>
public class HonorificAfterTitleTests
{
    [Fact]
    public void AnHonorificAfterATitleIsNoPersonAndTheTitleReachesTheName()
    {
        var d = TestArticles.Extract("date 2024-06-02 The guests were received by Governor Smt. Kavita Raman and Minister Shri Arvind Kulkarni in Pune.");
        Assert.DoesNotContain(d.OfType("Person"), p => p.Name is "Smt" or "Shri");
        Assert.Contains(d.OfType("Person"), p => p.Name == "Kavita Raman");
        Assert.Contains(d.OfType("Person"), p => p.Name == "Arvind Kulkarni");
    }

    [Fact]
    public void CommonwealthFormsOfAddressAreNoPeople()
    {
        var d = TestArticles.Extract("date 2024-06-02 The talks in Kampala were opened by the Speaker, Rt. Hon. Joseph Okello, and the Minister of Works, Hon. Grace Atim.");
        Assert.DoesNotContain(d.OfType("Person"), p => p.Name is "Rt" or "Hon");
        Assert.Contains(d.OfType("Person"), p => p.Name == "Joseph Okello");
        Assert.Contains(d.OfType("Person"), p => p.Name == "Grace Atim");
    }
    [Fact]
    public void AnOfficeBeforeTheStyledNameGivesItsCountry()
    {
        var d = TestArticles.Extract("date 2024-06-02 Seated at the table were the Prime Minister of Tonga, the Hon Sione Lavaka; the President of Nauru, the Honourable Teo Dabwido; and the Prime Minister of Samoa, Mata Leota.");
        Assert.Contains(d.Relationships, r => r.Type == "REPRESENTS" && r.From == "person:sione-lavaka" && r.To == "country:to");
        Assert.Contains(d.Relationships, r => r.Type == "REPRESENTS" && r.From == "person:teo-dabwido" && r.To == "country:nr");
        Assert.Contains(d.Relationships, r => r.Type == "REPRESENTS" && r.From == "person:mata-leota" && r.To == "country:ws");
    }
}
