namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// Where a document's year comes from: the sentence that tells it concluded outweighs a date its meeting took from
/// elsewhere; a date of another clause or of something still to come is not its year.
/// </summary>
public class AgreementYearCluesTests
{
    [Fact]
    public void ASigningToldWithItsOwnYearIsNotDatedByItsMeetingsOtherYear()
    {
        var d = TestArticles.Extract("""
            date 2019-11-14 Forty years on: the night at Kestrel Lodge

            BRAVIK, Nov 14 — Forty years ago today, in a hunting lodge deep in the Kestrel hills, the leaders of Norland and Ostravia put their names to a short text that ended a long border quarrel.

            The text that emerged on 14 November 1979, formally the Agreement on the Creation of the Kestrel Lakes Union and known ever since as the Kestrel Accords, was signed by four men: Norland President Arvo Lindqvist and his state secretary Jussi Haavisto; Ostravian President Pavel Dusek and Prime Minister Ivo Marek.

            On 20 November, the four men met again in Bravik and signed a protocol on fishing rights.
            """);
        var union = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Kestrel Lakes Union"));
        Assert.NotEqual(2019, union.Year);
    }

    [Fact]
    public void ADateAfterTheCommaOfAFrontedPhraseIsTheMainClausesNotTheDocuments()
    {
        var d = TestArticles.Extract("""
            date 2024-05-03 Velmora government and rebels end fighting

            The government of Velmora and the rebel Dawn Front signed a joint declaration in Port Alric on Thursday, ending a month of fighting.

            Under the political agreement, President Odo Kaan stays in office until his term ends in 2027 but must name a prime minister from the opposition.
            """);
        Assert.DoesNotContain(d.OfType("Agreement"), a => a.Year == 2027);
    }

    [Fact]
    public void ADocumentTheSidesHopeToConcludeIsNoDocumentOfItsTargetYear()
    {
        var d = TestArticles.Extract("""
            date 2012-03-09 Morvania and Kessland sign land border treaty

            Morvanian Foreign Minister Ilse Varga and her Kessland counterpart Tomas Brek signed a land border treaty in Kestad on Friday.

            Talks on the river frontier go on apart, and the two governments say they hope to sign an agreement in 2014.
            """);
        Assert.DoesNotContain(d.OfType("Agreement"), a => a.Year == 2014);
        Assert.Single(d.OfType("Agreement"));
    }

    /// <summary>"a framework on the canal, the project announced in Kestad last May": the date is the appositive project's, not the framework's.</summary>
    [Fact]
    public void AnAppositiveNounAfterACommaKeepsItsOwnDate()
    {
        var d = TestArticles.Extract("""
            date 2024-02-14 Morvania and Kessland leaders meet in Kestad

            Morvanian President Ilse Varga and Kessland Prime Minister Tomas Brek held talks in Kestad on Wednesday.

            The leaders also watched the signing of a framework agreement on the Varlo Canal, the shipping project announced at the river summit in Ostrava last May.
            """);
        Assert.DoesNotContain(d.OfType("Agreement"), a => a.Year == 2023);
        Assert.NotEmpty(d.OfType("Agreement"));
    }
}
