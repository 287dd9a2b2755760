namespace RelationsGraph.Extraction.Tests;

/// <summary>Signers told by a signer's noun, not a signing verb: "bears the signatures of", "the signatories were".</summary>
public class SignersNamedByNounTests
{
    private const string Lead = """
        Andean neighbours seal river pact

        date 2024-06-11 LIMA - Peru and Bolivia signed the Titicaca Basin Accord on Tuesday at the Torre Tagle Palace in Lima.

        """;

    [Fact]
    public void TheSignaturesADocumentBearsAreItsSigners()
    {
        var d = TestArticles.Extract(Lead + """
            The accord bears the signatures of Peruvian Foreign Minister Elmer Schialer and Bolivian Foreign Minister Celinda Sosa.
            """);
        var accord = Assert.Single(d.OfType("Agreement"));
        foreach (var person in new[] { "person:elmer-schialer", "person:celinda-sosa" })
            Assert.True(d.Has("SIGNED", person, accord.Id), person + "\n" + d.Dump());
    }

    [Fact]
    public void TheSignatoriesListedAfterTheNounSigned()
    {
        var d = TestArticles.Extract(Lead + """
            The signatories were Peruvian Foreign Minister Elmer Schialer, for Peru, and Bolivian Foreign Minister Celinda Sosa, for Bolivia.
            """);
        var accord = Assert.Single(d.OfType("Agreement"));
        foreach (var person in new[] { "person:elmer-schialer", "person:celinda-sosa" })
            Assert.True(d.Has("SIGNED", person, accord.Id), person + "\n" + d.Dump());
    }

    [Fact]
    public void TheSignaturesThatAreThoseOfPeopleAreTheirSigning()
    {
        var d = TestArticles.Extract("""
            Three republics found a river council

            date 2024-03-02 VELMORA - The leaders of three republics signed the Orlen River Charter in Velmora on Saturday after a day of talks.

            The signatures on the charter are those of President Tomas Vrell, Prime Minister Anika Solberd and President Pavel Okrint.
            """);
        var charter = Assert.Single(d.OfType("Agreement"));
        foreach (var person in new[] { "person:tomas-vrell", "person:anika-solberd", "person:pavel-okrint" })
            Assert.True(d.Has("SIGNED", person, charter.Id), person + "\n" + d.Dump());
    }

    [Fact]
    public void TheSignaturesThatBelongedToPeopleAreTheirSigning()
    {
        var d = TestArticles.Extract(Lead + """
            Both signatures on the accord belonged to Peruvian Foreign Minister Elmer Schialer and Bolivian Foreign Minister Celinda Sosa.
            """);
        var accord = Assert.Single(d.OfType("Agreement"));
        foreach (var person in new[] { "person:elmer-schialer", "person:celinda-sosa" })
            Assert.True(d.Has("SIGNED", person, accord.Id), person + "\n" + d.Dump());
    }

    [Fact]
    public void TheSignaturesThatCameFromPeopleAreTheirSigning()
    {
        var d = TestArticles.Extract(Lead + """
            The signatures on the accord came from Peruvian Foreign Minister Elmer Schialer and Bolivian Foreign Minister Celinda Sosa.
            """);
        var accord = Assert.Single(d.OfType("Agreement"));
        foreach (var person in new[] { "person:elmer-schialer", "person:celinda-sosa" })
            Assert.True(d.Has("SIGNED", person, accord.Id), person + "\n" + d.Dump());
    }

    [Fact]
    public void TheSignaturesListedAfterAColonAreTheirSigning()
    {
        var d = TestArticles.Extract(Lead + """
            The accord carries just two signatures: Peruvian Foreign Minister Elmer Schialer and Bolivian Foreign Minister Celinda Sosa.
            """);
        var accord = Assert.Single(d.OfType("Agreement"));
        foreach (var person in new[] { "person:elmer-schialer", "person:celinda-sosa" })
            Assert.True(d.Has("SIGNED", person, accord.Id), person + "\n" + d.Dump());
    }

    [Fact]
    public void AWitnessNamedWithTheSignaturesSignsNothingByTheNoun()
    {
        var d = TestArticles.Extract(Lead + """
            Chilean Foreign Minister Alberto van Klaveren, a witness to the signatures of both ministers, praised the accord.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "SIGNED" && r.From == "person:alberto-van-klaveren");
    }
}

/// <summary>A plural subject of documents signed by people: each document the story made is signed.</summary>
public class PluralDocumentsSignedTests
{
    private const string Visit = """
        Andean neighbours seal river and rail pacts

        date 2024-06-11 LIMA - Peruvian President Dina Boluarte received Bolivian President Luis Arce at the Government Palace in Lima on Tuesday. The two presidents agreed on the Titicaca Basin Accord and the Desaguadero Rail Protocol.

        """;

    [Fact]
    public void TheDocumentsSignedByTwoMinistersAreEachSignedByBoth()
    {
        var d = TestArticles.Extract(Visit + """
            The documents were signed by Peruvian Foreign Minister Elmer Schialer and Bolivian Foreign Minister Celinda Sosa.
            """);
        var documents = d.OfType("Agreement").ToList();
        Assert.Equal(2, documents.Count);
        foreach (var document in documents)
            foreach (var person in new[] { "person:elmer-schialer", "person:celinda-sosa" })
                Assert.True(d.Has("SIGNED", person, document.Id), person + " " + document.Id + "\n" + d.Dump());
    }

    [Fact]
    public void ASingularSubjectIsNoPluralOfDocuments()
    {
        var d = TestArticles.Extract(Visit + """
            The rail protocol was signed by Bolivian Foreign Minister Celinda Sosa.
            """);
        Assert.Single(d.Relationships, r => r.Type == "SIGNED" && r.From == "person:celinda-sosa");
    }
}

/// <summary>"Signing for X was Y": the signer after the copula, and the side before it as the signer's country and a party.</summary>
public class InvertedSignerForASideTests
{
    private const string Lead = """
        Andean neighbours seal river pact

        date 2024-06-11 LIMA - The Titicaca Basin Accord was signed on Tuesday at the Torre Tagle Palace in Lima.

        """;

    [Fact]
    public void EachSignerAfterTheCopulaSignsForTheSideBeforeIt()
    {
        var d = TestArticles.Extract(Lead + """
            Signing for Bolivia was Minister Celinda Sosa, while signing on behalf of Peru were Minister Elmer Schialer and Minister Raul Perez Reyes.
            """);
        var accord = Assert.Single(d.OfType("Agreement"));
        foreach (var person in new[] { "person:celinda-sosa", "person:elmer-schialer", "person:raul-perez-reyes" })
            Assert.True(d.Has("SIGNED", person, accord.Id), person + "\n" + d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:celinda-sosa", "country:bo"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:elmer-schialer", "country:pe"), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:bo", accord.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:pe", accord.Id), d.Dump());
    }

    [Fact]
    public void TheSideAfterAListedSignatoryIsTheirCountry()
    {
        var d = TestArticles.Extract(Lead + """
            The signatories were Minister Celinda Sosa, for Bolivia, and Minister Elmer Schialer, for Peru.
            """);
        Assert.True(d.Has("REPRESENTS", "person:celinda-sosa", "country:bo"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:elmer-schialer", "country:pe"), d.Dump());
    }

    [Fact]
    public void SignersAfterTheFirstOneFollowTheInvertedTurn()
    {
        var d = TestArticles.Extract(Lead + """
            Minister Raul Perez Reyes of Peru signed first. Signing after him were Minister Celinda Sosa, the Bolivian trade minister; and Minister Elmer Schialer, her deputy.
            """);
        var accord = Assert.Single(d.OfType("Agreement"));
        foreach (var person in new[] { "person:celinda-sosa", "person:elmer-schialer" })
            Assert.True(d.Has("SIGNED", person, accord.Id), person + "\n" + d.Dump());
    }

    [Fact]
    public void TheCompanyOfAnInvertedSignerSignsToo()
    {
        var d = TestArticles.Extract(Lead + """
            Minister Raul Perez Reyes of Peru put his name to it. Signing with him were Minister Celinda Sosa and Minister Elmer Schialer.
            """);
        var accord = Assert.Single(d.OfType("Agreement"));
        foreach (var person in new[] { "person:celinda-sosa", "person:elmer-schialer" })
            Assert.True(d.Has("SIGNED", person, accord.Id), person + "\n" + d.Dump());
    }

    [Fact]
    public void AnInvertedRollToldBeforeItsDocumentSignsTheOneNamedNext()
    {
        var d = TestArticles.Extract("""
            Andean neighbours seal river pact

            date 2024-06-11 LIMA - Ministers of the two neighbours met at the Torre Tagle Palace in Lima on Tuesday.

            Signing for Bolivia were Minister Celinda Sosa and Minister Elmer Schialer.

            The Titicaca Basin Accord sets shared limits on fishing in the lake.
            """);
        var accord = Assert.Single(d.OfType("Agreement"));
        foreach (var person in new[] { "person:celinda-sosa", "person:elmer-schialer" })
            Assert.True(d.Has("SIGNED", person, accord.Id), person + "\n" + d.Dump());
    }

    [Fact]
    public void AGerundOfSigningInsideAClauseIsNoInvertedSigner()
    {
        var d = TestArticles.Extract(Lead + """
            Minister Raul Perez Reyes said that the talks before signing were long.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "SIGNED" && r.From == "person:raul-perez-reyes");
    }
}

/// <summary>Bare signers who each name their side: those sides are the parties, the host's country is not.</summary>
public class SignersForTheirSidesTests
{
    [Fact]
    public void TheHostOfTheSigningBindsNoStateWhenEachSignerNamesASide()
    {
        var d = TestArticles.Extract("""
            Andean neighbours seal river pact

            date 2024-06-11 QUITO - Ecuadorian President Daniel Noboa hosted the signing of the Titicaca Basin Accord at the Carondelet Palace in Quito on Tuesday.

            Foreign Minister Elmer Schialer signed for Peru, while Foreign Minister Celinda Sosa signed for Bolivia.
            """);
        var accord = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("PARTY_TO", "country:pe", accord.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:bo", accord.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:ec", accord.Id), d.Dump());
    }

    [Fact]
    public void ASemicolonRollOfSignaturesKeepsEveryItem()
    {
        var d = TestArticles.Extract("""
            date 2024-06-11 LIMA - Peru and Bolivia signed the Titicaca Basin Accord on Tuesday at the Torre Tagle Palace in Lima.
            For Peru the text carries the signatures of Trade Minister Tadeo Rivas; Colonel Anibal Soto, a minister without portfolio; and General Ciro Paucar, who commands the border guard.
            """);
        var accord = Assert.Single(d.OfType("Agreement"));
        foreach (var person in new[] { "person:tadeo-rivas", "person:ciro-paucar" })
            Assert.True(d.Has("SIGNED", person, accord.Id), person + "\n" + d.Dump());
        Assert.Contains(d.Relationships, r => r.Type == "SIGNED" && r.From.EndsWith("anibal-soto") && r.To == accord.Id);
    }
}
