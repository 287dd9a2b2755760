namespace RelationsGraph.Extraction.Tests;

/// <summary>An Arabic family name ("Al Maktoum") after a shorter known form of a person's name belongs to that person.</summary>
public class ArabicFamilyNameTests
{
    [Fact]
    public void TheFamilyNameAfterAKnownShortFormIsPartOfThePersonNotASecondPerson()
    {
        var d = TestArticles.Extract("date 2021-03-02 In Dubai, Sheikh Mohammed bin Rashid Al Maktoum received the visiting Kenyan president on Tuesday.");
        Assert.DoesNotContain(d.OfType("Person"), p => p.Name == "Al Maktoum");
        var person = Assert.Single(d.OfType("Person"), p => p.Id == "person:mohammed-bin-rashid-al-maktoum");
        Assert.Contains("Mohammed bin Rashid Al Maktoum", person.Aliases);
    }
}
