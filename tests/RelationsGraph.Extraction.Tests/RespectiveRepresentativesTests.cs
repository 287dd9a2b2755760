namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "Ghana and Togo were represented by their trade ministers, X and Y": a respective list pairs the countries with the names
/// in order; and a full name a country is represented by is a person's, however plain its shape.
/// </summary>
public class RespectiveRepresentativesTests
{
    private const string Opening = "date 2024-09-18 Ministers from four West African states met in Accra on Wednesday to discuss a coastal railway. ";

    [Fact]
    public void CountriesAndNamesCoordinatedPairOffInOrder()
    {
        var d = TestArticles.Extract(Opening + "Ghana and Togo were represented by their transport ministers, Kwabena Asante-Boateng and Komlan Adjavon.");
        Assert.True(d.Has("REPRESENTS", "person:kwabena-asante-boateng", "country:gh"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:komlan-adjavon", "country:tg"), d.Dump());
        Assert.False(d.Has("REPRESENTS", "person:kwabena-asante-boateng", "country:tg"), d.Dump());
    }

    [Fact]
    public void ListsOfUnequalLengthPairNothingOff()
    {
        var d = TestArticles.Extract(Opening + "Ghana, Benin and Togo were represented by their transport ministers, Kwabena Asante-Boateng and Komlan Adjavon.");
        Assert.False(d.Has("REPRESENTS", "person:komlan-adjavon", "country:tg"), d.Dump());
        Assert.False(d.Has("REPRESENTS", "person:kwabena-asante-boateng", "country:gh"), d.Dump());
    }

    [Fact]
    public void AFullNameACountryIsRepresentedByIsAPerson()
    {
        var d = TestArticles.Extract(Opening + "Benin was represented by Fifame Hounkpatin, the coordinator of the corridor project.");
        Assert.True(d.Has("REPRESENTS", "person:fifame-hounkpatin", "country:bj"), d.Dump());
    }
}
