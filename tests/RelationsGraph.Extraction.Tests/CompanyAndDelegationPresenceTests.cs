namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// Presence at the gathering under discussion told with no meeting word: the party travelling with a leader ("Travelling
/// with the president were A and B", "He was accompanied by C"), membership of a delegation ("D was part of that
/// delegation"), and a side's representative told before the account of the event itself ("Norway was represented by G.
/// A, B and C signed ...").
/// </summary>
public class CompanyAndDelegationPresenceTests
{
    private const string Visit = "date 2024-05-06 President Anna Lindqvist of Sweden arrived in Lisbon on Monday for a state visit to Portugal. ";

    private static bool AtTheVisit(Model.ExtractionDocument d, string person) =>
        d.OfType("Meeting").Any(m => d.Has("ATTENDED", "person:anna-lindqvist", m.Id) && d.Has("ATTENDED", person, m.Id));

    [Fact]
    public void TheTravellingPartyIsAtTheVisit()
    {
        var d = TestArticles.Extract(Visit + "Travelling with Lindqvist were Trade Minister Oskar Berglund and the royal adviser Maja Forsberg.");
        Assert.True(AtTheVisit(d, "person:oskar-berglund"), d.Dump());
        Assert.True(AtTheVisit(d, "person:maja-forsberg"), d.Dump());
    }

    [Fact]
    public void ThoseAccompanyingTheLeaderAreAtTheVisit()
    {
        var d = TestArticles.Extract(Visit + "She was accompanied by Foreign Minister Henrik Dahlberg.");
        Assert.True(AtTheVisit(d, "person:henrik-dahlberg"), d.Dump());
    }

    [Fact]
    public void APartOfTheDelegationIsAtTheVisit()
    {
        var d = TestArticles.Extract(Visit + "Foreign Minister Henrik Dahlberg was part of that delegation.");
        Assert.True(AtTheVisit(d, "person:henrik-dahlberg"), d.Dump());
    }

    [Fact]
    public void TakingPartOfADebateIsNoMembership()
    {
        var d = TestArticles.Extract(Visit + "Economist Henrik Dahlberg wrote that exports formed part of the country's recovery.");
        Assert.False(AtTheVisit(d, "person:henrik-dahlberg"), d.Dump());
    }

    [Fact]
    public void ASidesRepresentativeToldBeforeTheSigningIsAtIt()
    {
        var d = TestArticles.Extract("date 1990-09-12 Five ministers signed the fisheries treaty in Oslo on Wednesday. " +
                                     "Norway was represented by Prime Minister Ingrid Halvorsen. " +
                                     "Foreign Minister Lars Eklund and Foreign Minister Pekka Virtanen signed for their countries.");
        Assert.Contains(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:ingrid-halvorsen", m.Id) && d.Has("ATTENDED", "person:lars-eklund", m.Id));
    }
}
