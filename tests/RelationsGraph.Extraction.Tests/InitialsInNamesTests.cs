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

/// <summary>Words of bodies, programmes and events are never a person's name; officials of bodies and rulers are people.</summary>
public class NotAPersonsNameTests
{
    [Theory]
    [InlineData("The Political Bureau said the plan would go ahead, officials said.")]
    [InlineData("The Silk Road Initiative said it would fund the port.")]
    [InlineData("Trade Ministers said the rules would change.")]
    public void BodiesProgrammesAndPluralOfficesAreNoPeople(string sentence)
    {
        var d = TestArticles.Extract("date 2024-06-02 " + sentence);
        Assert.Empty(d.OfType("Person"));
    }

    [Theory]
    [InlineData("The bloc's fisheries commissioner, Ilse Vanderberg, attended the talks.", "person:ilse-vanderberg")]
    [InlineData("Older voters remember the military ruler Ramon Estigarra and his purges.", "person:ramon-estigarra")]
    [InlineData("The last visitor so honoured was Pieter Claessens, whom the king received in 1997.", "person:pieter-claessens")]
    public void OfficialsOfBodiesRulersAndNamesBeforeWhomArePeople(string sentence, string id)
    {
        var d = TestArticles.Extract("date 2024-06-02 " + sentence);
        Assert.Contains(d.OfType("Person"), p => p.Id == id);
    }
}
