namespace RelationsGraph.Extraction.Tests;

/// <summary>Names written with initials: a capital letter or dotted letters before the family name.</summary>
public class InitialsInNamesTests
{
    [Theory]
    [InlineData("Health Minister R. Mendis opened the clinic in Colombo.", "person:r-mendis")]
    [InlineData("Home Secretary A.K. Bhatt signed the order in Delhi.", "person:ak-bhatt")]
    [InlineData("Foreign Minister Dewi P.L. Santoso flew to Manila.", "person:dewi-pl-santoso")]
    public void InitialsBeforeAFamilyNameArePartOfTheName(string sentence, string id)
    {
        var d = TestArticles.Extract("date 2024-06-02 " + sentence);
        Assert.Contains(d.OfType("Person"), p => p.Id == id);
    }

    [Fact]
    public void HisExcellencyIsNoPartOfTheName()
    {
        var d = TestArticles.Extract("date 2024-06-02 The guests were received by H.E. Joseph Okello, the Prime Minister of Uganda.");
        Assert.Contains(d.OfType("Person"), p => p.Id == "person:joseph-okello");
    }
}
