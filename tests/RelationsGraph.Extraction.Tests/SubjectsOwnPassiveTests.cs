namespace RelationsGraph.Extraction.Tests;

/// <summary>A document opening its sentence takes the sentence's first "was signed", however long its name and asides run before it.</summary>
public class SubjectsOwnPassiveTests
{
    [Fact]
    public void ALongSubjectWithAnAsideIsSignedByTheSentencesMainVerb()
    {
        var d = TestArticles.Extract("""
            date 2022-09-14 President Mirela Dastan of Moldova and President Teodor Vinkel of Romania held talks in Valdremo on Wednesday.
            The Convention between the Republic of Moldova and Romania on the Shared Use of the Waters of the Upper Basin, covering the stretch of river from the northern weir down to the old ferry crossing, was signed this afternoon in the town hall.
            """);
        var convention = Assert.Single(d.OfType("Agreement"));
        Assert.Contains(d.Relationships, r => r.Type == "PRODUCED" && r.To == convention.Id);
    }

    [Fact]
    public void ASecondNameInAnAsideStillLeavesTheVerbToTheSubject()
    {
        var d = TestArticles.Extract("""
            date 2022-09-14 President Mirela Dastan of Moldova and President Teodor Vinkel of Romania held talks in Valdremo on Wednesday.
            The Accord of Hollin Weir, or the Weir Compact as both delegations kept calling it all week, was signed shortly before dusk.
            """);
        Assert.Contains(d.Relationships, r => r.Type == "PRODUCED" && d.Entity(r.To).Name.Contains("Hollin", StringComparison.Ordinal));
    }

    [Fact]
    public void AVerbOfARelativeClauseIsNotTheSubjects()
    {
        var d = TestArticles.Extract("""
            date 2022-09-14 President Mirela Dastan of Moldova and President Teodor Vinkel of Romania held talks in Valdremo on Wednesday.
            The Convention between the Republic of Moldova and Romania on the Shared Use of the Waters of the Upper Basin, which their fathers' governments had drafted and then shelved, was still on the table.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "PRODUCED");
    }
    [Fact]
    public void ADocumentInAppositionToAnOpeningDescriptionTakesTheMainVerb()
    {
        var d = TestArticles.Extract("""
            date 2022-09-14 President Mirela Dastan of Moldova and President Teodor Vinkel of Romania held talks in Valdremo on Wednesday.
            Their ministers put their names to a pilotage treaty for the lower canal.
            A second text, an agreement letting customs officers of both states inspect barges moored at the island wharves of the canal, was signed at the same table.
            """);
        Assert.Contains(d.Relationships, r => r.Type == "PRODUCED" && d.Entity(r.To).Name.Contains("agreement", StringComparison.Ordinal));
    }

    [Fact]
    public void AFrontedPlacePhraseLeavesTheMainVerbToTheDocument()
    {
        var d = TestArticles.Extract("""
            date 2022-09-14 President Mirela Dastan of Moldova and President Teodor Vinkel of Romania held talks in Valdremo on Wednesday.
            In the town hall, the Convention between the Republic of Moldova and Romania on the Shared Use of the Waters of the Upper Basin, covering the stretch of river from the northern weir down to the old ferry crossing, was signed shortly after lunch.
            """);
        var convention = Assert.Single(d.OfType("Agreement"));
        Assert.Contains(d.Relationships, r => r.Type == "PRODUCED" && r.To == convention.Id);
    }
}
