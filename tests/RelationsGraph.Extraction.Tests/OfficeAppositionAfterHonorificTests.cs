namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "Sheikh X, the UAE's National Security Adviser": an honorific before the name and a country-owned office in apposition after
/// it; the office, with its country read after "the" too, makes the person that country's official.
/// </summary>
public class OfficeAppositionAfterHonorificTests
{
    private const string Opening = "date 2024-05-06 Qatar and Oman opened talks on a gas pipeline in Geneva on Monday. ";

    [Fact]
    public void AnOfficeOwnedByACountryWithItsArticleGivesThatCountry()
    {
        var d = TestArticles.Extract(Opening + "Later Khalid Nasser, the UAE's Minister of Energy, joined the talks.");
        Assert.True(d.Has("REPRESENTS", "person:khalid-nasser", "country:ae"), d.Dump());
    }

    [Fact]
    public void AnHonorificBeforeTheNameLeavesTheOfficeAfterItRead()
    {
        var d = TestArticles.Extract(Opening + "Sheikh Faisal bin Rashid, the UAE's National Security Adviser, joined the talks.");
        Assert.True(d.Has("REPRESENTS", "person:faisal-bin-rashid", "country:ae"), d.Dump());
    }

    [Fact]
    public void InATitleThenNameListTheOfficeIsNotTheHonouredNameBeforeIt()
    {
        var d = TestArticles.Extract(Opening + "The text was initialled by Dr. Amani Rweyemamu, the Omani Minister for Oil, Dr. Salim Al Harthy, and two company officials.");
        Assert.False(d.Has("REPRESENTS", "person:amani-rweyemamu", "country:om"), d.Dump());
    }
}
