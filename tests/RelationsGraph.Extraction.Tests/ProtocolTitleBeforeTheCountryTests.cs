namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "Minister of Trade of the Republic of X Mr. Y": a protocol list gives the office, the state's formal name after
/// "of the", then the holder under a form of address, with no comma; the holder keeps the office and represents the state.
/// </summary>
public class ProtocolTitleBeforeTheCountryTests
{
    private const string Opening = "date 2024-09-12 The foreign ministers of the Caspian states met in Aktau on Thursday. ";

    [Fact]
    public void AnOfficeBeforeTheFormalNameAndAnHonorificGivesTheRepresentation()
    {
        var d = TestArticles.Extract(Opening + "The session was attended by Minister of Trade of the Republic of Azerbaijan Mr. Farid Guliyev and Deputy Trade Minister of the Russian Federation Mr. Oleg Pankratov.");
        Assert.True(d.Has("REPRESENTS", "person:farid-guliyev", "country:az"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:oleg-pankratov", "country:ru"), d.Dump());
    }

    [Fact]
    public void AHeadOfStateStyledExcellencyIsReadTheSameWay()
    {
        var d = TestArticles.Extract(Opening + "Later President of the Islamic Republic of Iran H.E. Reza Tabrizi joined the ministers.");
        Assert.True(d.Has("REPRESENTS", "person:reza-tabrizi", "country:ir"), d.Dump());
    }

    [Fact]
    public void AFormalNameWithNoOfficeBeforeItGivesNoOffice()
    {
        var d = TestArticles.Extract(Opening + "A letter from the people of the Republic of Kazakhstan Mr. Daulet Serikov read aloud was applauded.");
        Assert.False(d.Has("REPRESENTS", "person:daulet-serikov", "country:kz"), d.Dump());
    }
}
