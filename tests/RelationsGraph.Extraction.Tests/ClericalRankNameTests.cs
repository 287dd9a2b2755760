namespace RelationsGraph.Extraction.Tests;

/// <summary>A church leader named by clerical rank and one or two name words is a person, rank and all.</summary>
public class ClericalRankNameTests
{
    [Fact]
    public void AMetropolitanWithAReligiousNameIsAPerson()
    {
        var d = TestArticles.Extract("date 2024-06-02 The talks in Velmora were attended by Metropolitan Ilarion Varsky and two bishops of the Dorvan church.");
        Assert.Contains(d.OfType("Person"), p => p.Name.Contains("Ilarion Varsky"));
    }

    [Fact]
    public void AnEcumenicalPatriarchIsAPerson()
    {
        var d = TestArticles.Extract("date 2024-06-02 The ministers were welcomed in Velmora by Ecumenical Patriarch Doran on the island on Saturday.");
        Assert.Contains(d.OfType("Person"), p => p.Name.Contains("Doran"));
    }

    [Fact]
    public void ARankBeforeABodysNameIsNoPerson()
    {
        var d = TestArticles.Extract("date 2024-06-02 Officers of the Metropolitan Police guarded the Velmora summit venue on Friday.");
        Assert.DoesNotContain(d.OfType("Person"), p => p.Name.Contains("Metropolitan"));
    }
}
