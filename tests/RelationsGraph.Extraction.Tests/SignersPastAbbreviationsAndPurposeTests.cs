namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// Signers a sentence names past a full stop of an abbreviation ("Jr.", "Mr.", an initial), signers whose signing is the
/// purpose of an act they did ("sat down with X to sign"), and a signed Initiative as a document.
/// </summary>
public class SignersPastAbbreviationsAndPurposeTests
{
    [Fact]
    public void AnAgentListRunsPastTheFullStopsOfHonorificsAndInitials()
    {
        var d = TestArticles.Extract("date 2024-05-14 OSLO - The Fisheries Agreement was signed on Tuesday by the Minister of Fisheries of Norway, " +
                                     "Mr. Anders K. Holm, and the Minister of Marine Affairs of Iceland, Dr. Sigrun Olafsdottir.");
        var agreement = Assert.Single(d.OfType("Agreement"));
        var signers = d.Relationships.Where(r => r.Type == "SIGNED" && r.To == agreement.Id).Select(r => r.From).ToList();
        Assert.Equal(2, signers.Count);
        Assert.Contains(signers, s => s.Contains("olafsdottir"));
    }

    [Fact]
    public void ACoordinatedSubjectRunsPastTheFullStopOfJunior()
    {
        var d = TestArticles.Extract("date 2024-05-14 SANTIAGO - Trade Secretary Roberto Santos Jr. and Chile's Minister of Agriculture Ana Vidal " +
                                     "signed a fruit export agreement on Tuesday.");
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.Equal(2, d.Relationships.Count(r => r.Type == "SIGNED" && r.To == agreement.Id));
        Assert.True(d.Has("SIGNED", "person:ana-vidal", agreement.Id), d.Dump());
    }

    [Fact]
    public void SittingDownWithOthersToSignMakesAllOfThemSigners()
    {
        var d = TestArticles.Extract("date 2023-03-02 KAMPALA - Kenyan Foreign Minister Amina Odhiambo sat down with Ugandan Foreign Minister " +
                                     "Peter Okello to sign the Protocol on Lake Victoria Fisheries on Thursday.");
        var protocol = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:amina-odhiambo", protocol.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:peter-okello", protocol.Id), d.Dump());
    }

    [Fact]
    public void BeingExpectedToSignIsNoSigning()
    {
        var d = TestArticles.Extract("date 2023-03-02 KAMPALA - Kenyan Foreign Minister Amina Odhiambo and Ugandan Foreign Minister " +
                                     "Peter Okello were expected to sign the Protocol on Lake Victoria Fisheries on Thursday.");
        Assert.DoesNotContain(d.Relationships, r => r.Type == "SIGNED");
    }

    [Fact]
    public void ATitledInitiativeThatIsSignedIsAnAgreement()
    {
        var d = TestArticles.Extract("date 2021-09-08 ACCRA - Ghana's Water Minister Kofi Mensah sat down with Togo's Minister of Water " +
                                     "Yao Dossou to sign the Initiative on Shared Management of the Volta Basin on Wednesday.");
        var initiative = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:kofi-mensah", initiative.Id), d.Dump());
    }

    [Fact]
    public void AnInitiativeOnlyPraisedIsNoAgreement()
    {
        var d = TestArticles.Extract("date 2021-09-08 ACCRA - Ghana's Water Minister Kofi Mensah praised the Green Corridor Initiative on Wednesday.");
        Assert.Empty(d.OfType("Agreement"));
    }
}
