using RelationsGraph.Extraction.Agreements;
using RelationsGraph.Extraction.Meetings;

namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// Which gathering produced a document: the signing ceremony where it was signed, the innermost gathering its sentence
/// tells, and for an undated declaration, the summit of the story's own year.
/// </summary>
public class ProducerChoiceTests
{
    [Fact]
    public void TheCeremonyNamedBackAfterTheSigningProducedTheDocument()
    {
        var d = TestArticles.Extract("""
            Kenya and Tanzania settle lake border

            ARUSHA, Tanzania (Lakes Wire) — Kenya and Tanzania signed a treaty on Tuesday, 14 May 2024, that fixes their border on Lake Victoria.

            The treaty was signed on behalf of the two governments by their foreign ministers in the conference hall of the regional headquarters.

            African Union Commission chairman Moussa Faki Mahamat presided over the ceremony as a witness.
            """);
        var treaty = Assert.Single(d.OfType("Agreement"));
        var producer = Assert.Single(d.Relationships, r => r.Type == "PRODUCED" && r.To == treaty.Id);
        Assert.Equal("ceremony", d.Entity(producer.From).Kind);
    }

    [Fact]
    public void ACeremonyToldTwoSentencesLaterProducesNothing()
    {
        var d = TestArticles.Extract("""
            Kenya and Tanzania settle lake border

            ARUSHA, Tanzania (Lakes Wire) — Kenya and Tanzania signed a treaty on Tuesday, 14 May 2024, that fixes their border on Lake Victoria.

            Fishing communities on both shores have quarrelled over the islands for decades.

            Critics of the deal stayed away from the ceremony, which dancers opened.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "PRODUCED" && d.Entity(r.From).Kind == "ceremony");
    }

    [Fact]
    public void AnUndatedDeclarationComesOutOfTheSummitOfTheStorysYear()
    {
        var d = TestArticles.Extract("""
            Island leaders back a plastics ban

            Published On 20 Jun 2024

            SUVA, Fiji (Island Wire) — Leaders of the Pacific Islands Forum met in Suva on Thursday for their annual summit, hosted by Fijian Prime Minister Sitiveni Rabuka.

            Rabuka and Cook Islands Prime Minister Mark Brown first worked together at a Commonwealth summit in Kigali in June 2022.

            Leaders adopted a declaration on ocean plastics.
            """);
        var declaration = Assert.Single(d.OfType("Agreement"));
        var producer = Assert.Single(d.Relationships, r => r.Type == "PRODUCED" && r.To == declaration.Id);
        Assert.StartsWith("meeting:2024", producer.From);
    }

    [Theory]
    [InlineData(MeetingKinds.Signing, MeetingKinds.Talks)]
    [InlineData(MeetingKinds.Talks, MeetingKinds.Visit)]
    [InlineData(MeetingKinds.Summit, MeetingKinds.Visit)]
    [InlineData(MeetingKinds.Signing, MeetingKinds.Summit)]
    public void TheInnerGatheringComesBeforeTheOneAroundIt(string inner, string outer) =>
        Assert.True(InnermostReportedMeeting.Depth(inner) < InnermostReportedMeeting.Depth(outer));

    [Fact]
    public void TalksAndASummitToldTogetherAreOfOneDepth() =>
        Assert.Equal(InnermostReportedMeeting.Depth(MeetingKinds.Talks), InnermostReportedMeeting.Depth(MeetingKinds.Summit));
}
