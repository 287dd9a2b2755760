using RelationsGraph.Extraction.Model;

namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A known two-word name followed by one or two more surname words, closed by punctuation, is the fuller form of the same name
/// (FullerFormOfAKnownName): the extra words are no second person.
/// </summary>
public class FullerFormOfAKnownNameTests
{
    private const string Officeholders =
        "Tomas Aldana|PE|Foreign Minister|2031-|\nFaris al-Mansour|QA|Foreign Minister|2031-|\nLuisa de Obregon|PA|Foreign Minister|2031-|\n";

    private static ExtractionDocument Extract(string text) => TestArticles.ExtractKnowing(Officeholders, text);

    [Fact]
    public void ASecondSurnameAfterAKnownNameBelongsToIt()
    {
        var d = Extract("date 2032-04-10 The delegation was led by Peru's Tomas Aldana Quispe, who arrived in Cusco on Friday.");
        var person = Assert.Single(d.OfType("Person"));
        Assert.Equal("person:tomas-aldana", person.Id);
        Assert.Equal("Tomas Aldana Quispe", person.Name);
    }

    [Fact]
    public void AParticleOrAHyphenedArabicArticleMayOpenTheFamilyName()
    {
        var d = Extract("date 2032-04-10 Qatar's top diplomat, Sheikh Faris al-Mansour al-Dabbagh, flew to Muscat. Panama's Luisa de Obregon de Ruiz, the host, greeted him.");
        Assert.Contains(d.OfType("Person"), p => p.Id == "person:faris-al-mansour" && p.Name == "Faris al-Mansour al-Dabbagh");
        Assert.Contains(d.OfType("Person"), p => p.Id == "person:luisa-de-obregon" && p.Name == "Luisa de Obregon de Ruiz");
        Assert.Equal(2, d.OfType("Person").Count());
    }

    [Fact]
    public void AHeadlineWordOrADayIsNoSurname()
    {
        var d = Extract("Tomas Aldana Hails Port Deal\n\ndate 2032-04-10 The minister spoke to Tomas Aldana Tuesday, before the talks.");
        Assert.All(d.OfType("Person"), p => Assert.Equal("Tomas Aldana", p.Name));
    }
}
