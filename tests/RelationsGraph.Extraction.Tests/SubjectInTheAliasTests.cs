namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// An untitled reference keeps the subject the text gives it in its alias ("memorandum on seed certification"), beside the
/// bare phrase, so two memoranda of one visit stay told apart by what they are about (AgreementGraphBuilder).
/// </summary>
public class SubjectInTheAliasTests
{
    [Fact]
    public void AnUntitledReferenceKeepsItsSubjectInAnAlias()
    {
        var d = TestArticles.Extract("""
            date 2024-09-10 President Lina Okafor of Ghana hosted President Tomas Ndlovu of Zambia in Accra on Tuesday.

            Later the two presidents signed a memorandum on seed certification.
            """);
        var memo = Assert.Single(d.OfType("Agreement"));
        Assert.Contains("memorandum on seed certification", memo.Aliases);
    }
}
