namespace RelationsGraph.Extraction.Tests;

/// <summary>Two titles joined by a naming phrase in one sentence name one document.</summary>
public class TwoTitlesOneDocumentTests
{
    [Fact]
    public void AKnownAsNameAlreadyUsedJoinsTheFullTitle()
    {
        var d = TestArticles.Extract("""
            date 2025-06-02 Ghana and Togo sign Volta Treaty

            President John Mahama of Ghana and President Faure Gnassingbe of Togo signed a border treaty in Accra on Monday.

            The Ghana-Togo Boundary Cooperation Treaty, known as the Volta Treaty, commits both countries to joint patrols.
            """);
        Assert.Single(d.OfType("Agreement"));
    }

    [Fact]
    public void ANameInAWhichClauseJoinsTheFullTitle()
    {
        var d = TestArticles.Extract("""
            date 2025-06-02 President John Mahama of Ghana and President Faure Gnassingbe of Togo signed the Volta Peace Agreement in Accra on Monday.

            The Volta Agreement for Peace and Cooperation, which officials simply call the Volta Peace Agreement, replaces a 1998 memorandum.
            """);
        Assert.Single(d.OfType("Agreement"), a => a.Year != 1998);
    }

    [Fact]
    public void CallingItTheShortTitleNamesTheDocumentJustNamed()
    {
        var d = TestArticles.Extract("""
            date 2025-06-02 President John Mahama of Ghana and President Faure Gnassingbe of Togo met in Accra on Monday.

            Officially it is the Joint Declaration of Accra for Dialogue between Ghana and Togo; by evening everyone was calling it the Accra Declaration.
            """);
        Assert.Single(d.OfType("Agreement"));
    }
}

/// <summary>A definite reference with a topic, met first, is a document of its own; a naming adverb keeps a renaming.</summary>
public class DescribedDocumentTests
{
    private const string Story = """
        date 2023-10-18 Delegates of the government of Venezuela and of the opposition met in Bridgetown on Tuesday.

        The more important of the two texts, the partial agreement on the promotion of political rights, is already being called simply the Bridgetown Agreement.
        """;

    [Fact]
    public void ADefiniteReferenceWithATopicMetFirstNamesADocument()
    {
        var d = TestArticles.Extract(Story);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.Contains(agreement.Aliases, a => a.Contains("partial agreement"));
    }

    [Fact]
    public void BeingCalledSimplyTheXRenamesTheDocumentJustNamed()
    {
        var d = TestArticles.Extract("""
            date 2023-10-18 Delegates of the government of Venezuela and of the opposition signed a partial accord on political rights in Bridgetown on Tuesday.

            By evening the accord was being called simply the Bridgetown Agreement.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.Contains(agreement.Aliases, a => a.Contains("Bridgetown Agreement"));
    }
}

/// <summary>What a document is about ends where its clause's verb, a date or a place phrase begins.</summary>
public class DocumentTopicTests
{
    [Theory]
    [InlineData("date 2023-11-06 Italian Prime Minister Giorgia Meloni and Albanian Prime Minister Edi Rama signed an agreement on migration on Monday afternoon at Palazzo Chigi.", "Monday")]
    [InlineData("date 2024-01-30 A memorandum on maritime cooperation between the coast guards was signed by Admiral Ronnie Gil Gavan and General Le Quang Dao.", "signed")]
    [InlineData("date 2024-12-04 The leaders adopted a joint statement on the Lobito Corridor in which they committed to extend the line.", "Corridor in")]
    public void TheTopicStopsAtTheClause(string text, string notInName)
    {
        var d = TestArticles.Extract(text);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.DoesNotContain(notInName, agreement.Name);
    }
}
