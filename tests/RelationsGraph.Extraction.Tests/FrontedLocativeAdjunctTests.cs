namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A place adjunct fronted at the start of a sentence ("In Tarvia,", "On 3 May 1790, at Dornhaven,") is closed by its
/// comma: the name after it is the subject, not another place of the adjunct (see FrontedLocativeAdjunct).
/// </summary>
public class FrontedLocativeAdjunctTests
{
    [Fact]
    public void TheSubjectAfterAFrontedDateAndPlaceIsAPersonNotAPlace()
    {
        var d = TestArticles.Extract("""
            date 1790-05-04 The river treaty
            On 3 May 1790, at Dornhaven, Olen Marsk and Lord Harwick signed the Treaty of the Velmar Fords.
            """);
        Assert.DoesNotContain(d.OfType("Place"), p => p.Name.Contains("Marsk"));
        Assert.Contains(d.OfType("Person"), p => p.Name == "Olen Marsk");
    }

    [Fact]
    public void ANameAfterAFrontedPlaceIsNoPlace()
    {
        var d = TestArticles.Extract("""
            date 2021-02-11 Reactions to the border pact
            Not everyone was pleased. In Tarvia, Olen Marsk's opposition bloc called the pact a surrender.
            """);
        Assert.DoesNotContain(d.OfType("Place"), p => p.Name.Contains("Marsk"));
    }

    [Fact]
    public void AListOfTownsAfterAPrepositionStaysPlaces()
    {
        var d = TestArticles.Extract("""
            date 2021-02-11 The envoy's tour
            The envoy travelled to Dornhaven, Kelsbury and Marrowfield before the talks.
            """);
        Assert.Contains(d.OfType("Place"), p => p.Name == "Kelsbury");
    }
}
