namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "X, the deputy chief of mission at the US embassy", "Y, director-general for Asia at Indonesia's foreign ministry": an
/// office in a country's government body (its possessive or nationality on "embassy", "ministry", ...) serves that country,
/// though a country after "at" is otherwise only where an office is served.
/// </summary>
public class OfficeAtAGovernmentBodyTests
{
    private const string Lead = "date 2024-05-06 Kenya and Norway held talks in Nairobi on Monday on fisheries. ";

    [Fact]
    public void AnOfficerAtACountrysEmbassyServesIt()
    {
        var d = TestArticles.Extract(Lead + "Karen Lindqvist, the deputy chief of mission at the Norwegian embassy, also attended.");
        Assert.True(d.Has("REPRESENTS", "person:karen-lindqvist", "country:no"), d.Dump());
    }

    [Fact]
    public void AnOfficerAtACountrysPossessiveMinistryServesIt()
    {
        var d = TestArticles.Extract(Lead + "Peter Kamau, director-general for Europe at Kenya's foreign ministry, chaired the session.");
        Assert.True(d.Has("REPRESENTS", "person:peter-kamau", "country:ke"), d.Dump());
    }

    [Fact]
    public void TheBodysCountryOutranksTheCountryItSitsIn()
    {
        var d = TestArticles.Extract(Lead + "Lars Berg, the deputy head of mission at the Norwegian embassy in Kenya, said the talks were useful.");
        Assert.True(d.Has("REPRESENTS", "person:lars-berg", "country:no"), d.Dump());
        Assert.False(d.Has("REPRESENTS", "person:lars-berg", "country:ke"), d.Dump());
    }
}
