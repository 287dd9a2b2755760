namespace RelationsGraph.Extraction.Tests;

/// <summary>A reference dated to one year never joins a document already dated to another: two years of making, two documents.</summary>
public class YearsApartTests
{
    [Fact]
    public void TheEarlierEditionOfARecurringDeclarationIsADocumentOfItsOwn()
    {
        var d = TestArticles.Extract("""
            date 2025-08-22 The Pacific Ocean Forum closed in Apia on Friday with the formal adoption of the Apia Declaration 2025, a text on fisheries and shipping.

            Prime Minister Fiame Naomi Mata'afa of Samoa chaired the closing plenary with Prime Minister Christopher Luxon of New Zealand.

            It was the second time the town had welcomed the gathering; the first forum, which met in the town in 2019, adopted the earlier Apia Declaration 2019.

            """);
        var years = d.OfType("Agreement").Where(a => a.Name.Contains("Apia")).Select(a => a.Year).ToHashSet();
        Assert.True(years.SetEquals(new int?[] { 2019, 2025 }), d.Dump());
    }
}
