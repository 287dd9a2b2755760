using RelationsGraph.Extraction.Model;

namespace RelationsGraph.Extraction.Tests;

public class AgreementTests
{
    private const string Visit = """
        date 2024-10-02 Spanish Prime Minister Pedro Sanchez held talks with Moroccan Prime Minister Aziz Akhannouch in Rabat on Tuesday.
        After the meeting, the two leaders signed a joint declaration on migration and reaffirmed the 2019 fisheries agreement.
        In 2007, Spain and Morocco signed a treaty on judicial cooperation.
        """;

    [Fact]
    public void AgreementsHaveKindYearAndParties()
    {
        var d = TestArticles.Extract(Visit);
        var treaty = d.OfType("Agreement").Single(a => a.Kind == "treaty");
        Assert.Equal(2007, treaty.Year);
        Assert.Equal("agreement:2007-treaty-es-ma", treaty.Id);
        Assert.True(d.Has("PARTY_TO", "country:es", treaty.Id));
        Assert.True(d.Has("PARTY_TO", "country:ma", treaty.Id));
    }

    [Fact]
    public void WhatAMeetingProducedIsLinkedAndSignedByItsParticipants()
    {
        var d = TestArticles.Extract(Visit);
        var declaration = d.OfType("Agreement").Single(a => a.Kind == "declaration");
        var meeting = d.OfType("Meeting").Single();
        Assert.Equal(2024, declaration.Year);
        Assert.True(d.Has("PRODUCED", meeting.Id, declaration.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:pedro-sanchez", declaration.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:ma", declaration.Id), d.Dump());
    }

    [Fact]
    public void ReaffirmedAgreementsAreLinked()
    {
        var d = TestArticles.Extract(Visit);
        var declaration = d.OfType("Agreement").Single(a => a.Kind == "declaration");
        var fisheries = d.OfType("Agreement").Single(a => a.Year == 2019);
        Assert.True(d.Has("REAFFIRMS", declaration.Id, fisheries.Id), d.Dump());
    }

    [Fact]
    public void SignatoriesNamedWithSignedByAreLinked()
    {
        var d = TestArticles.Extract("Signed in Paris in 1963 by French President Charles de Gaulle and West German Chancellor Konrad Adenauer, the treaty reshaped Europe.");
        var treaty = d.OfType("Agreement").Single();
        Assert.Equal(1963, treaty.Year);
        Assert.True(d.Has("SIGNED", "person:charles-de-gaulle", treaty.Id), d.Dump());
    }

    [Fact]
    public void PluralsAndWishesAreNotAgreements()
    {
        var d = TestArticles.Extract("Both governments have signed many agreements. The minister hopes to draft a new treaty someday.");
        Assert.Empty(d.OfType("Agreement"));
    }

    [Fact]
    public void TheDocumentRoundTripsThroughJson()
    {
        var d = TestArticles.Extract(Visit);
        var json = ExtractionJson.Serialize(d);
        Assert.Contains("\"relationships\"", json);
        Assert.DoesNotContain("\"roles\": null", json);
        var back = ExtractionJson.Deserialize(json);
        Assert.Equal(d.Entities.Select(e => e.Id), back.Entities.Select(e => e.Id));
        Assert.Equal(d.Relationships.Count, back.Relationships.Count);
        Assert.Equal(d.Article.Sha256, back.Article.Sha256);
    }

    [Fact]
    public void AContinuityVerbOrdersTwoDocumentsEvenWhenTheEarlierHasNoYear()
    {
        var d = TestArticles.Extract("""
            date 2019-03-04 Chile and Argentina signed a fisheries treaty in Santiago on Monday.
            The fisheries treaty builds on the Declaration of Maritime Cooperation that the two foreign ministers signed in Mendoza last spring.
            """);
        var treaty = d.OfType("Agreement").Single(a => a.Year == 2019);
        var declaration = d.OfType("Agreement").Single(a => a.Name.Contains("Maritime Cooperation", StringComparison.Ordinal));
        Assert.True(d.Has("REAFFIRMS", treaty.Id, declaration.Id), d.Dump());
        Assert.False(d.Has("REAFFIRMS", declaration.Id, treaty.Id), d.Dump());
    }

    [Fact]
    public void AContinuityVerbOrdersTwoDocumentsOfTheSameYear()
    {
        var d = TestArticles.Extract("""
            date 2021-11-20 Peru and Bolivia signed a border treaty in Lima on Friday.
            The border treaty builds on the Joint Declaration of Good Neighbourliness that the two presidents signed in La Paz in March.
            """);
        var treaty = d.OfType("Agreement").Single(a => a.Name.Contains("treaty", StringComparison.OrdinalIgnoreCase));
        var declaration = d.OfType("Agreement").Single(a => a.Name.Contains("Good Neighbourliness", StringComparison.Ordinal));
        Assert.True(d.Has("REAFFIRMS", treaty.Id, declaration.Id), d.Dump());
        Assert.False(d.Has("REAFFIRMS", declaration.Id, treaty.Id), d.Dump());
    }
}
