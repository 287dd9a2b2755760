namespace RelationsGraph.Extraction.Tests;

/// <summary>"General A, the Sudanese President, President B of Lebanon": the country after a titled name is that person's (OfficeAfterName.OwnCountryAfterTheName).</summary>
public class OwnCountryAfterTheNameTests
{
    [Fact]
    public void TheCountryAfterTheNameBeatsTheNationalityOfTheItemBefore()
    {
        var d = TestArticles.Extract("""
            Leaders gather for Gulf talks

            date 2030-05-01 CAIRO - Among those in the room were King Tomas Halvard of Norway, General Amir Sadek, the Sudanese President, President Karel Dunmore of Lebanon, and Sheikh Rafiq Salem, the ruler of Kuwait.
            """);
        Assert.True(d.Has("REPRESENTS", "person:karel-dunmore", "country:lb"), d.Dump());
        Assert.False(d.Has("REPRESENTS", "person:karel-dunmore", "country:sd"), d.Dump());
    }

    [Fact]
    public void TheSameCountryAfterTheNameChangesNothing()
    {
        var d = TestArticles.Extract("""
            Ministers meet in Lima

            date 2030-05-01 LIMA - Chilean Foreign Minister Rosa Albarran of Chile met her Peruvian counterpart on Friday.
            """);
        Assert.True(d.Has("REPRESENTS", "person:rosa-albarran", "country:cl"), d.Dump());
    }
}
