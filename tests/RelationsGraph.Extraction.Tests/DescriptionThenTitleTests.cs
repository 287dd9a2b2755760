namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A document told first by a description and named after: the title names the described document even when the reporter
/// varies the settlement's general noun ("a ceasefire accord", then "the Lamu Ceasefire Agreement").
/// </summary>
public class DescriptionThenTitleTests
{
    [Theory]
    [InlineData("accord", "Agreement")]
    [InlineData("pact", "Agreement")]
    [InlineData("agreement", "Accord")]
    public void ATitleWithAnotherGeneralNounNamesTheDescribedDocument(string described, string titled)
    {
        var d = TestArticles.Extract($"""
            date 2021-03-12

            Kenya and Somalia signed a ceasefire {described} in Lamu on Friday after two days of talks.
            The Lamu Ceasefire {titled} commits both sides to withdraw troops from the border within a month.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.Equal($"Lamu Ceasefire {titled}", agreement.Name.Replace("2021 ", ""));
    }

    [Fact]
    public void ADeclarationIsNotTheDescribedAccord()
    {
        var d = TestArticles.Extract("""
            date 2021-03-12

            Kenya and Somalia signed a ceasefire accord in Lamu on Friday after two days of talks.
            The Lamu Declaration, issued by the regional envoys, welcomes the truce.
            """);
        Assert.Equal(2, d.OfType("Agreement").Count());
    }
}
