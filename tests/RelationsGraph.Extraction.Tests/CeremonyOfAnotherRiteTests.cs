namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A welcome, arrival or wreath-laying ceremony told in a sentence that also tells a signing is that rite, not the signing
/// (see Meetings/CeremonyOfAnotherRite); "a signing ceremony" and a bare ceremony where documents were signed stay signings.
/// </summary>
public class CeremonyOfAnotherRiteTests
{
    private const string WelcomeThenSigning = """
        Dravenor and Keltmark leaders sign four cooperation texts

        ORSAVA, April 9 (Northline Wire) - President Halvard Remsby of Dravenor received President Ottilie Marwen of Keltmark with a welcome ceremony at the Amber Palace in Orsava on Tuesday; the two presidents then met for talks and looked on as their ministers signed four cooperation documents.

        Marwen is on a three-day state visit.
        """;

    [Fact]
    public void AWelcomeCeremonyInASentenceTellingASigningStaysACeremony()
    {
        AssertAttendsA(WelcomeThenSigning, "person:ottilie-marwen", "ceremony");
    }

    private const string SignedThenWreath = """
        Tarnholm and Vesca sign fisheries pact

        TARNHOLM, June 3 (Northline Wire) - Prime Minister Edda Solvik of Tarnholm and Prime Minister Ruben Calder of Vesca signed a fisheries pact on Monday, shortly before Calder attended a wreath-laying ceremony at the war memorial.
        """;

    /// <summary>Guard: passes with the rule on or off (the wreath-laying is its own rite already, see WelcomeHonours).</summary>
    [Fact]
    public void AWreathLayingCeremonyAfterTheSigningIsNoSigning()
    {
        AssertAttendsA(SignedThenWreath, "person:ruben-calder", "ceremony");
    }

    private const string SignedThenArrival = """
        Tarnholm and Vesca sign fisheries pact

        TARNHOLM, June 3 (Northline Wire) - Prime Minister Edda Solvik of Tarnholm and Prime Minister Ruben Calder of Vesca signed a fisheries pact on Monday morning, hours after Solvik had greeted Calder with an arrival ceremony in the palace courtyard.
        """;

    [Fact]
    public void AnArrivalCeremonyToldAfterTheSigningIsNoSigning()
    {
        AssertAttendsA(SignedThenArrival, "person:ruben-calder", "ceremony");
    }

    private const string BareCeremonySigning = """
        Tarnholm and Vesca sign fisheries pact

        TARNHOLM, June 3 (Northline Wire) - Prime Minister Edda Solvik of Tarnholm and Prime Minister Ruben Calder of Vesca signed a fisheries pact at a short ceremony in the old customs house on Monday.
        """;

    /// <summary>Guard: passes with the rule on or off.</summary>
    [Fact]
    public void ABareCeremonyWhereThePactWasSignedStaysASigning()
    {
        AssertAttendsA(BareCeremonySigning, "person:ruben-calder", "signing");
    }

    /// <summary>Asserts that among the meetings the person attended in the article, one is of the kind.</summary>
    private static void AssertAttendsA(string article, string person, string kind)
    {
        var d = TestArticles.Extract(article);
        Assert.True(d.OfType("Meeting").Any(m => m.Kind == kind && d.Has("ATTENDED", person, m.Id)), d.Dump());
    }
}
