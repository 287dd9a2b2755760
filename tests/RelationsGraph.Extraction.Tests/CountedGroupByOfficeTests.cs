namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A counted group that names an office ("the two presidents", "the two heads of state") stands for those of the meeting's
/// people who hold it, when exactly that many do; when they are not that many, the group names nobody surely and the rest
/// of the meeting did not issue the text (CountedGroupByOffice).
/// </summary>
public class CountedGroupByOfficeTests
{
    [Fact]
    public void ThePresidentsOfAMeetingWithTheirMinistersIssueTheJointStatement()
    {
        var d = TestArticles.Extract("""
            date 2023-05-10 Malawian President Tendai Phiri received Mozambican President Arlindo Cossa, Malawian Foreign Minister Grace Banda and Mozambican Foreign Minister Rui Macuácua in Lilongwe on Wednesday for talks on the Shire-Zambezi waterway.
            The two presidents then issued a joint statement on river transport.
            """);
        var statement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:tendai-phiri", statement.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:arlindo-cossa", statement.Id), d.Dump());
        Assert.False(d.Has("SIGNED", "person:grace-banda", statement.Id), d.Dump());
        Assert.False(d.Has("SIGNED", "person:rui-macuacua", statement.Id), d.Dump());
    }

    [Fact]
    public void AGroupTheMeetingCannotFillByOfficeNamesNoMinister()
    {
        var d = TestArticles.Extract("""
            date 2023-05-10 Malawian President Tendai Phiri met Malawian Foreign Minister Grace Banda, Mozambican Foreign Minister Rui Macuácua and Mozambican Transport Minister Celso Nhaca in Lilongwe on Wednesday for talks on the Shire-Zambezi waterway.
            The two heads of state released a joint communiqué on river transport.
            """);
        foreach (var agreement in d.OfType("Agreement"))
        {
            Assert.False(d.Has("SIGNED", "person:grace-banda", agreement.Id), d.Dump());
            Assert.False(d.Has("SIGNED", "person:celso-nhaca", agreement.Id), d.Dump());
        }
    }

    [Fact]
    public void AnUncountedGroupOfMinistersNamesTheMinistersNotTheirPresidents()
    {
        var d = TestArticles.Extract("""
            date 2023-05-10 Malawian President Tendai Phiri received Mozambican President Arlindo Cossa in Lilongwe on Wednesday for talks on the Shire-Zambezi waterway.
            Malawian Foreign Minister Grace Banda and Mozambican Foreign Minister Rui Macuácua also took part in the talks.
            The ministers then signed a memorandum of understanding on river transport on behalf of both sides.
            """);
        var memorandum = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:grace-banda", memorandum.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:rui-macuacua", memorandum.Id), d.Dump());
        Assert.False(d.Has("SIGNED", "person:tendai-phiri", memorandum.Id), d.Dump());
        Assert.False(d.Has("SIGNED", "person:arlindo-cossa", memorandum.Id), d.Dump());
    }
}
