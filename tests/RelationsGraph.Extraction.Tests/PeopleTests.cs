namespace RelationsGraph.Extraction.Tests;

public class PeopleTests
{
    [Fact]
    public void TitlesHonorificsAndShortFormsAreOnePerson()
    {
        var d = TestArticles.Extract("""
            date 2024-04-10 Kenyan President William Ruto arrived in Berlin on Tuesday.
            Mr Ruto said trade would grow. Ruto later met business leaders. The president left on Wednesday.
            """);
        var people = d.OfType("Person").ToList();
        var ruto = Assert.Single(people);
        Assert.Equal("person:william-ruto", ruto.Id);
        Assert.Contains("Ruto", ruto.Aliases);
        Assert.Contains("President of Kenya", ruto.Roles!);
        Assert.True(d.Has("REPRESENTS", "person:william-ruto", "country:ke"));
    }

    [Fact]
    public void PeopleAreFoundFromContextNotOnlyFromLists()
    {
        var d = TestArticles.Extract("""
            "The region needs calm," said Amara Okafor, a researcher at the Lagos Policy Institute.
            Violinist Tomas Varga opened the evening. Signed copies were handed out.
            """);
        Assert.Contains(d.Entities, e => e.Id == "person:amara-okafor");
        Assert.Contains(d.Entities, e => e.Id == "person:tomas-varga");
        Assert.DoesNotContain(d.Entities, e => e.Type == "Person" && e.Name.StartsWith("Signed"));
        Assert.True(d.Has("AFFILIATED_WITH", "person:amara-okafor", "organization:lagos-policy-institute"));
    }

    [Fact]
    public void SpellingVariantsShareOneId()
    {
        var a = TestArticles.Extract("South Korean President Lee Jae-myung spoke in Seoul.");
        var b = TestArticles.Extract("South Korean President Lee Jae Myung spoke in Busan.");
        Assert.Equal(a.OfType("Person").Single().Id, b.OfType("Person").Single().Id);
    }

    [Fact]
    public void FamilyNameFirstFormOfAKnownLeaderMapsToTheSameId()
    {
        var d = TestArticles.Extract("Japanese Prime Minister Kishida Fumio met reporters in Tokyo.");
        Assert.Equal("person:fumio-kishida", d.OfType("Person").Single().Id);
    }

    [Fact]
    public void ShortNameGoesToThePersonMostTalkedAbout()
    {
        var d = TestArticles.Extract("""
            Ghanaian President John Mahama met Togolese President Faure Gnassingbe in Accra.
            Mahama said the border would stay open. Singer Ama Mahama performed at the dinner. Mahama thanked the guests.
            """);
        var president = d.Entity("person:john-mahama");
        Assert.Equal(3, president.Mentions);
        Assert.Equal(1, d.Entity("person:ama-mahama").Mentions);
    }

    [Fact]
    public void CountriesComeFromNamesDemonymsAndCapitalsAsGovernments()
    {
        var d = TestArticles.Extract("Talks between Ottawa and Mexico City resumed in Geneva, a Brazilian diplomat said, as Germany watched. Canadian and Mexican officials did not comment.");
        var countries = d.OfType("Country").Select(e => e.Id).ToHashSet();
        Assert.Superset(new HashSet<string> { "country:ca", "country:mx", "country:br", "country:de" }, countries);
        Assert.DoesNotContain(d.Entities, e => e.Id == "country:ch");
        Assert.Contains(d.Entities, e => e.Id == "place:geneva" && e.Type == "Place");
    }
}

public class KnownOfficeHolderTests
{
    [Fact]
    public void ASurnameWithATitleMeansTheHolderInOffice()
    {
        // Two South Korean presidents in the knowledge files are called Lee; only one is in office.
        var d = TestArticles.Extract("President Lee told lawmakers in Seoul that South Korea would stay the course.");
        Assert.Equal("person:lee-jae-myung", d.OfType("Person").Single().Id);
        Assert.True(d.Has("REPRESENTS", "person:lee-jae-myung", "country:kr"));
    }

    [Fact]
    public void AnInstitutionAfterInIsNotAPlace()
    {
        var d = TestArticles.Extract("The bill was debated in Parliament on Tuesday.");
        Assert.Empty(d.OfType("Place"));
    }
}
