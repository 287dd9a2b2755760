namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A signing told with its verb and again as a ceremony, each with much the same people, is one signing ceremony.
/// </summary>
public class SigningCeremonyTwinsTests
{
    private const string TownSigningAndBuildingCeremony = """
        Four presidents put names to Harrowmere pact

        HARROWMERE, May 7 (Northline Wire) - The presidents of Finland, Estonia, Lithuania and Latvia on Wednesday signed a pact to open a joint grain exchange, a plan years in the making.

        Arlo Menteza of Estonia, Ilse Varrow of Latvia, Teodor Quill of Lithuania and Maren Holt of Finland put their names to the pact at a brief ceremony in the headquarters of the Harrowmere Savings Institute, a glass tower near the harbour. Their foreign ministers - Ruth Anselm of Estonia, Piet Dorrel of Latvia, Oskar Vemmel of Lithuania and Signe Tallow of Finland - signed alongside them.

        Menteza, as host, told the guests in a brief speech before the signing that the old quarrels were over.

        The pact still needs approval by the four parliaments.
        """;

    [Fact]
    public void ALeadSigningAndItsCeremonyInANamedBuildingWithMorePeopleAreOneMeeting()
    {
        var d = TestArticles.Extract(TownSigningAndBuildingCeremony);
        var withMenteza = d.OfType("Meeting").Where(m => d.Has("ATTENDED", "person:arlo-menteza", m.Id)).ToList();
        Assert.True(withMenteza.Count == 1, d.Dump());
    }

    private const string Signing = """
        date 2019-03-14 Norvian President Arlo Menteza, Caldrese President Ilse Varrow and Ostmark President Teodor Quill signed the Brenmoor River Accord in Selvik on Thursday.
        """;

    [Fact]
    public void TheSigningAndItsCeremonyAreOneMeeting()
    {
        var d = TestArticles.Extract(Signing + "Arlo Menteza, Ilse Varrow and Teodor Quill smiled for photographers at a ceremony in the town hall of Selvik.\n");
        var withMenteza = d.OfType("Meeting").Where(m => d.Has("ATTENDED", "person:arlo-menteza", m.Id)).ToList();
        Assert.True(withMenteza.Count == 1, d.Dump());
    }
}
