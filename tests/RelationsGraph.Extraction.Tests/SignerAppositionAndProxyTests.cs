namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// Signers told with an office in apposition ("A and the rebel commander, B, signed") and signers through whom a state
/// signs ("Kenya signed the accord through its foreign minister, X").
/// </summary>
public class SignerAppositionAndProxyTests
{
    [Theory]
    [InlineData("Malian President Assimi Goita and the rebel commander, Bilal Ag Acherif, signed a ceasefire agreement in Bamako on Monday.")]
    [InlineData("The President of the Republic of Mali, His Excellency Assimi Goita, and the Secretary-General of the Coordination of Azawad Movements, Mr Bilal Ag Acherif, today signed a ceasefire agreement in Bamako.")]
    public void EveryNameOfACoordinatedSubjectWithAnAppositionSigned(string sentence)
    {
        var d = TestArticles.Extract("Ceasefire deal signed in Bamako\n\ndate 2024-03-11 " + sentence);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:assimi-goita", agreement.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:bilal-ag-acherif", agreement.Id), d.Dump());
    }

    /// <summary>"Said" opening a later name of the subject is no verb of saying that ends the subject.</summary>
    [Fact]
    public void ANameOpeningWithSaidStaysInTheSubject()
    {
        var d = TestArticles.Extract("Ceasefire deal signed in Bamako\n\ndate 2024-03-11 Malian President Assimi Goita and the rebel commander, Said Ould Bilal, signed a ceasefire agreement in Bamako on Monday.");
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:assimi-goita", agreement.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:said-ould-bilal", agreement.Id), d.Dump());
    }

    [Theory]
    [InlineData("Kenya, which is not a member of the bloc, signed the agreement through its Foreign Minister, Musalia Mudavadi.")]
    [InlineData("Kenya signed the agreement through Foreign Minister Musalia Mudavadi, who flew in from Nairobi.")]
    [InlineData("Kenya signed through its Foreign Minister, Musalia Mudavadi.")]
    public void AStateSignsThroughItsOfficial(string sentence)
    {
        var d = TestArticles.Extract("""
            Water pact signed in Lusaka

            date 2025-03-03 Zambian President Hakainde Hichilema and Malawian President Lazarus Chakwera signed a water-sharing agreement in Lusaka on Monday.

            """ + sentence);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:musalia-mudavadi", agreement.Id), d.Dump());
    }

    [Fact]
    public void TalksThroughAnIntermediarySignNothing()
    {
        var d = TestArticles.Extract("""
            Water pact signed in Lusaka

            date 2025-03-03 Zambian President Hakainde Hichilema and Malawian President Lazarus Chakwera signed a water-sharing agreement in Lusaka on Monday.

            The two governments had negotiated through a Kenyan envoy, Musalia Mudavadi, for a year.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "SIGNED" && r.From == "person:musalia-mudavadi");
    }
}

/// <summary>Signatures added with no object, by people listed each with their side ("A of X and B of Y").</summary>
public class SignaturesAddedByListedSidesTests
{
    private const string Lead = """
        date 2023-08-14 Moldovan President Maia Sandu and the Gagauz leader Evghenia Gutul signed a local autonomy accord in Comrat on Monday.

        """;

    [Theory]
    [InlineData("The two opposition chiefs, Igor Dodon of the Party of Socialists (PSRM) and Ilan Shor of the Shor Party, put their signatures, and the hall applauded.")]
    [InlineData("The two opposition chiefs, Igor Dodon of the Party of Socialists (PSRM) and Ilan Shor of the Shor Party, added their signatures next.")]
    public void EachListedNameWithItsSideSigned(string sentence)
    {
        var d = TestArticles.Extract(Lead + sentence);
        var accord = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:igor-dodon", accord.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:ilan-shor", accord.Id), d.Dump());
    }

    [Fact]
    public void NamesAddedWithoutTheSignatureWordSignNothing()
    {
        var d = TestArticles.Extract(Lead + "Igor Dodon of the Party of Socialists added his name next.");
        Assert.DoesNotContain(d.Relationships, r => r.Type == "SIGNED" && r.From == "person:igor-dodon");
    }
}
