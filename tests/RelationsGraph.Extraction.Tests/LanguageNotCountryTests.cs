namespace RelationsGraph.Extraction.Tests;

/// <summary>A nationality word standing alone after "in" names a language, not a country.</summary>
public class LanguageNotCountryTests
{
    [Fact]
    public void InFrenchNamesALanguage()
    {
        var d = TestArticles.Extract("""
            date 2007-03-04 Ivorian President Laurent Gbagbo and rebel leader Guillaume Soro signed a peace agreement in Ouagadougou on Sunday.
            In French the document is called the Accord de Yamoussoukro, and Soro answered questions in Russian and English.
            """);
        Assert.DoesNotContain(d.Entities, e => e.Id is "country:fr" or "country:ru");
    }

    [Fact]
    public void ANationalityBeforeANounIsStillACountry()
    {
        var d = TestArticles.Extract("""
            date 2007-03-04 Ivorian President Laurent Gbagbo and rebel leader Guillaume Soro signed a peace agreement in Ouagadougou on Sunday, and the French ambassador attended.
            """);
        Assert.Contains(d.Entities, e => e.Id == "country:fr");
    }
}
