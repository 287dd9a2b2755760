namespace RelationsGraph.Extraction.Tests;

/// <summary>"His Excellency X, President of the Republic of Y": the style written out in full is no word of the name.</summary>
public class ExcellencyStyleTests
{
    [Fact]
    public void HisExcellencyIsLeftOutOfTheNameAndTheOfficeAfterItIsRead()
    {
        var d = TestArticles.Extract("""
            date 1991-04-02 The presidents signed the accord in Tegucigalpa on Tuesday. The signatories were:
            - His Excellency Ramon Velasquez Orellana, President of the Republic of Honduras;
            - Her Excellency Alma Torres Pineda, President of the Republic of Panama.
            """);
        Assert.DoesNotContain(d.OfType("Person"), p => p.Name.Contains("Excellency"));
        Assert.True(d.Has("REPRESENTS", "person:ramon-velasquez-orellana", "country:hn"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:alma-torres-pineda", "country:pa"), d.Dump());
    }
}
