namespace RelationsGraph.Extraction.Tests;

/// <summary>"The following were signed:" and one document per line or bullet.</summary>
public class SignedListItemTests
{
    private const string Release = """
        date 2025-05-14 Prime Minister Kamla Persad-Bissessar of Trinidad and Tobago held talks with President Irfaan Ali of Guyana in Georgetown on Tuesday.

        After the talks, the following documents were signed and exchanged:

        MoU on cooperation in fisheries management;

        MoU on culture and heritage;

        Agreement on the avoidance of double taxation.

        The ministers also discussed energy.
        """;

    [Fact]
    public void EveryItemUnderASigningLeadIsADocumentOfItsOwn()
    {
        var d = TestArticles.Extract(Release);
        Assert.Equal(3, d.OfType("Agreement").Count());
    }

    [Fact]
    public void TheItemsComeOutOfTheMeetingTheLeadReports()
    {
        var d = TestArticles.Extract(Release);
        var meeting = Assert.Single(d.OfType("Meeting"));
        foreach (var agreement in d.OfType("Agreement"))
            Assert.True(d.Has("PRODUCED", meeting.Id, agreement.Id), d.Dump());
    }

    [Fact]
    public void ALeadWithoutASigningVerbListsNoDocuments()
    {
        var d = TestArticles.Extract("""
            date 2025-05-14 Prime Minister Kamla Persad-Bissessar of Trinidad and Tobago held talks with President Irfaan Ali of Guyana in Georgetown on Tuesday.

            Officials are still studying the following:

            MoU on cooperation in fisheries management;

            MoU on culture and heritage.
            """);
        Assert.Empty(d.OfType("Agreement"));
    }
}

/// <summary>"signed during the visit", "adopted at the end of the summit": a document tied to a gathering told earlier.</summary>
public class MeetingReferredBackTests
{
    [Fact]
    public void ADocumentSignedDuringTheVisitComesOutOfTheVisit()
    {
        var d = TestArticles.Extract("""
            date 2025-02-11 President Gustavo Petro of Colombia paid a state visit to Abu Dhabi on Monday and held talks with President Mohamed bin Zayed.

            Ministers from both governments signed a memorandum on renewable energy cooperation during the visit.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.Contains(d.Relationships, r => r.Type == "PRODUCED" && r.To == agreement.Id);
    }

    [Theory]
    [InlineData("The two sides signed five memoranda during the visit.", "visit")]
    [InlineData("The declaration was adopted at the end of the summit.", "summit")]
    [InlineData("A joint statement issued after Tuesday's meeting said both would resume aid.", "talks")]
    [InlineData("The package was reached in Minsk after all-night talks.", "talks")]
    [InlineData("They signed the treaty at the close of the first summit of the alliance.", "summit")]
    [InlineData("The joint statement issued during Prime Minister Narendra Modi's visit to Male set out the plan.", "visit")]
    public void TheConcludingSentencePointsBackToAGathering(string text, string kind) =>
        Assert.Equal(kind, Agreements.MeetingReferredBack.KindReferredTo(Text.SentenceSplitter.Split(text)[0]));

    [Theory]
    [InlineData("The treaty was signed a day after the leaders held their annual retreat.")]
    [InlineData("The treaty was signed on the island where the leaders held a summit.")]
    [InlineData("The memorandum was signed at a ceremony.")]
    public void NoGatheringIsPointedBackTo(string text) =>
        Assert.Null(Agreements.MeetingReferredBack.KindReferredTo(Text.SentenceSplitter.Split(text)[0]));
}

/// <summary>A meeting of another year than the story's claims only the documents its sentence dates.</summary>
public class RecalledMeetingClaimsNothingTests
{
    [Fact]
    public void AnUndatedSigningBeforeTheTwoLeadersIsOfTheStory()
    {
        var d = TestArticles.Extract("""
            date 2024-10-08 President Hakainde Hichilema of Zambia held talks with President Samia Suluhu Hassan of Tanzania in Dar es Salaam in October 2024.

            The two presidents first met during a visit to Lusaka in August 2021, when they agreed to revive the railway.

            In the presence of the two presidents, the transport ministers signed a memorandum on the railway concession.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.Equal(2024, agreement.Year);
    }
}

/// <summary>A document its signers are found for is concluded, however far the signing verb.</summary>
public class SignersConcludeTests
{
    [Fact]
    public void ADocumentSignedAlongsideAnotherComesOutOfTheSummitItsSignersAttended()
    {
        var d = TestArticles.Extract("""
            date 2025-04-01 President Kassym-Jomart Tokayev of Kazakhstan, President Sadyr Japarov of Kyrgyzstan and President Serdar Berdimuhamedov of Turkmenistan held a summit in Turkmenbashi on Monday.

            Tokayev, Japarov and Berdimuhamedov signed the Treaty on the Joint Management of the Water Resources of the Amu Darya and Syr Darya basins, together with the Turkmenbashi Declaration on Regional Cooperation, a short political text.
            """);
        var declaration = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Declaration"));
        Assert.Contains(d.Relationships, r => r.Type == "PRODUCED" && r.To == declaration.Id);
    }
}

/// <summary>A document under negotiation is not concluded, whatever verb of agreeing precedes.</summary>
public class UnderNegotiationTests
{
    [Fact]
    public void ADocumentTheLeadersAgreedToNegotiateIsNoProductOfTheirTalks()
    {
        var d = TestArticles.Extract("""
            date 2024-10-07 Prime Minister Narendra Modi held talks with President Mohamed Muizzu of the Maldives at Hyderabad House in New Delhi on Monday.

            At the talks, Modi and Muizzu agreed to launch negotiations on a bilateral Free Trade Agreement.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "PRODUCED");
    }
}

/// <summary>A denied concluding verb makes no document.</summary>
public class DeniedConclusionTests
{
    [Fact]
    public void ADealTheLeadersFailedToStrikeIsNoDocument()
    {
        var d = TestArticles.Extract("""
            date 2025-06-16 Prime Minister Mark Carney of Canada held talks with President Claudia Sheinbaum of Mexico in Ottawa on Monday, but the two failed to strike a deal on steel quotas.
            """);
        Assert.Empty(d.OfType("Agreement"));
    }

    [Fact]
    public void TalksThatEndWithoutSigningADealProduceNothing()
    {
        var d = TestArticles.Extract("""
            date 2025-06-16 Prime Minister Mark Carney of Canada held talks with President Claudia Sheinbaum of Mexico in Ottawa on Monday, which ended with Carney leaving without signing a deal on steel quotas.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "PRODUCED");
    }
}
