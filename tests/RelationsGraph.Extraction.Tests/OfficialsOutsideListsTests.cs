namespace RelationsGraph.Extraction.Tests;

/// <summary>Officials no built-in list names, found with their country from the context around the name.</summary>
public class OfficialsOutsideListsTests
{
    [Fact]
    public void ACountrysPossessiveBeforeAFullNameGivesAPersonOfThatCountry()
    {
        var d = TestArticles.Extract("date 2024-06-02 The delegates, among them Peru's Ernesto Valdivia and Bolivia's Marta Quispe, left early.");
        Assert.True(d.Has("REPRESENTS", "person:ernesto-valdivia", "country:pe"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:marta-quispe", "country:bo"), d.Dump());
    }

    [Fact]
    public void OfficialsOnASideTakeItsCountry()
    {
        var d = TestArticles.Extract("date 2024-06-02 On the Chilean side, Mining Secretary Tomas Ferrada and Energy Secretary Lucia Rivas attended the talks in Lima.");
        Assert.True(d.Has("REPRESENTS", "person:tomas-ferrada", "country:cl"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:lucia-rivas", "country:cl"), d.Dump());
    }

    [Fact]
    public void AListOfOfficialsSharesTheKnownOnesCountry()
    {
        var d = TestArticles.Extract("date 2024-06-02 Washington sent Secretary of State Antony Blinken, Agriculture Secretary Ruth Delmar and Labor Secretary Omar Feld.");
        Assert.True(d.Has("REPRESENTS", "person:ruth-delmar", "country:us"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:omar-feld", "country:us"), d.Dump());
    }

    [Fact]
    public void AnOfficialAccompanyingALeaderServesTheLeadersCountry()
    {
        var d = TestArticles.Extract("date 2024-06-02 Kenyan President William Ruto, accompanied by Health Secretary Amina Oduya, arrived in Accra on Monday.");
        Assert.True(d.Has("REPRESENTS", "person:amina-oduya", "country:ke"), d.Dump());
    }

    [Fact]
    public void NamesCoordinatedWithAPersonAndAfterAPluralRoleNounArePeople()
    {
        var d = TestArticles.Extract("date 2024-06-02 Two envoys, Halvard Stensrud and Ilse Brandvold, were also present in Oslo.");
        Assert.Contains(d.OfType("Person"), p => p.Name == "Halvard Stensrud");
        Assert.Contains(d.OfType("Person"), p => p.Name == "Ilse Brandvold");
    }

    [Fact]
    public void AFullNameIsAPersonWhenItsFamilyNameActsElsewhere()
    {
        var d = TestArticles.Extract("""
            date 2024-06-02 It was the high point of Teodoro Mbasogo Nguema's year as chair of the bloc.
            Nguema signed the charter after a short speech.
            """);
        Assert.Contains(d.OfType("Person"), p => p.Name == "Teodoro Mbasogo Nguema");
    }

    [Fact]
    public void APlacePossessedByACountryIsNoPerson()
    {
        // One capitalised word after a possessive is a region or project, not a name: "Egypt's Sinai".
        var d = TestArticles.Extract("date 2024-06-02 The ministers discussed Egypt's Sinai and Jordan's Aqaba during the visit.");
        Assert.DoesNotContain(d.OfType("Person"), p => p.Name is "Sinai" or "Aqaba");
    }
}
