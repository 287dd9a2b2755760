namespace RelationsGraph.Extraction.Tests;

/// <summary>Signing ceremonies as meetings, their witnesses, and one document under several names.</summary>
public class SigningCeremonyAndNamingTests
{
    private const string Ceremony = """
        date 2019-08-06 Sudanese Prime Minister Abdalla Hamdok, Ethiopian Prime Minister Abiy Ahmed and Kenyan President Uhuru Kenyatta signed the document at the Friendship Hall in Khartoum.
        Egyptian Prime Minister Mostafa Madbouly witnessed the signing.
        Hamdok, who hosted the ceremony, called the accord a turning point.
        Abiy is due to fly to Nairobi on Wednesday for a two-day visit.
        """;

    [Fact]
    public void PeopleSigningTogetherMeetAndWitnessesAttend()
    {
        var d = TestArticles.Extract(Ceremony);
        var signing = d.OfType("Meeting").Single(m => m.Kind == "signing");
        Assert.True(d.Has("ATTENDED", "person:abdalla-hamdok", signing.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:uhuru-kenyatta", signing.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:mostafa-madbouly", signing.Id), d.Dump());
        Assert.True(d.Has("HELD_IN", signing.Id, "place:khartoum"), d.Dump());
    }

    [Fact]
    public void TheHostedCeremonyIsTheSigningAndAVisitElsewhereIsItsOwnMeeting()
    {
        var d = TestArticles.Extract(Ceremony);
        Assert.Single(d.OfType("Meeting"), m => m.Kind is "signing" or "ceremony");
        Assert.Contains(d.OfType("Meeting"), m => m.Kind == "visit" && m.Place == "Nairobi");
    }

    [Fact]
    public void ADocumentNamedSeveralWaysIsOneAgreement()
    {
        var d = TestArticles.Extract("""
            date 2023-11-14 Ghanaian President Nana Akufo-Addo and Togolese President Faure Gnassingbe signed a border declaration in Lome on Tuesday.
            Officially titled the Protocol on the Maritime Boundary Delimitation, the text fixes the sea border.
            Togolese officials called it the Lome declaration; Ghanaian media referred to it as the sea border agreement.
            The deal ends a dispute that began in the 1970s, and the document will go to both parliaments.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:faure-gnassingbe", agreement.Id), d.Dump());
    }

    [Fact]
    public void ThatPointsToTheDocumentNamedLast()
    {
        var d = TestArticles.Extract("""
            date 2023-11-14 Ghanaian President Nana Akufo-Addo and Togolese President Faure Gnassingbe signed a border declaration in Lome on Tuesday.
            It leaves aside the 1964 Volta Basin Agreement between Ghana and Togo. Neither parliament ratified that treaty.
            """);
        Assert.Equal(2, d.OfType("Agreement").Count());
    }
}
