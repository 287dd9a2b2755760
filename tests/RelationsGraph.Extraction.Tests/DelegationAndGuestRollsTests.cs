namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// Rolls of a delegation or of a gathering's guests told at length: items parted by semicolons, a leader's travelling
/// party or entourage, companions "accompanied by" the subject, and a line-per-person list under a sentence's colon.
/// </summary>
public class DelegationAndGuestRollsTests
{
    [Fact]
    public void EveryItemOfASemicolonRollAttends()
    {
        var d = TestArticles.Extract("""
            date 2025-03-11 Talks between Chile and Peru opened in Lima on Tuesday.
            The Chilean delegation was headed by Foreign Minister Alberto van Klaveren and included the Minister of Finance, Mario Marcel; the Minister of Defence, Maya Fernandez; and the Minister of Mining, Aurora Williams.
            """);
        var talks = Assert.Single(d.OfType("Meeting")).Id;
        Assert.True(d.Has("ATTENDED", "person:mario-marcel", talks), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:maya-fernandez", talks), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:aurora-williams", talks), d.Dump());
    }

    [Fact]
    public void ASemicolonBeforeAClauseOfItsOwnStillEndsTheClause()
    {
        var d = TestArticles.Extract("""
            date 2025-03-11 Chilean President Gabriel Boric held talks with Peruvian President Dina Boluarte in Lima on Tuesday; Bolivian President Luis Arce stayed in La Paz.
            """);
        var talks = Assert.Single(d.OfType("Meeting")).Id;
        Assert.True(d.Has("ATTENDED", "person:dina-boluarte", talks), d.Dump());
        Assert.False(d.Has("ATTENDED", "person:luis-arce", talks), d.Dump());
    }

    [Fact]
    public void ALeadersTravellingPartyAttendsHisTalks()
    {
        var d = TestArticles.Extract("""
            date 2025-03-11 Turkish President Recep Tayyip Erdogan held talks with Iraqi Prime Minister Mohammed Shia al-Sudani in Baghdad on Monday.
            Erdogan's party included Foreign Minister Hakan Fidan and Energy Minister Alparslan Bayraktar.
            """);
        var talks = Assert.Single(d.OfType("Meeting")).Id;
        Assert.True(d.Has("ATTENDED", "person:hakan-fidan", talks), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:alparslan-bayraktar", talks), d.Dump());
    }

    [Fact]
    public void WhoAccompaniesTheSubjectAttends()
    {
        var d = TestArticles.Extract("""
            date 2025-03-11 Japanese Prime Minister Shigeru Ishiba arrived for talks with Peruvian President Dina Boluarte in Lima on Friday, accompanied by Foreign Minister Takeshi Iwaya.
            """);
        var talks = Assert.Single(d.OfType("Meeting")).Id;
        Assert.True(d.Has("ATTENDED", "person:takeshi-iwaya", talks), d.Dump());
    }

    [Fact]
    public void EachLineOfARollUnderAColonAttends()
    {
        var d = TestArticles.Extract("""
            date 2025-03-11 Leaders of the Iberian Forum opened their annual summit in Porto on Monday.

            The following heads of government attended the summit:

            H.E. Mr. Luis Montenegro, Prime Minister of the Portuguese Republic

            H.E. Mr. Pedro Sanchez, President of the Government of Spain

            Portuguese President Marcelo Rebelo de Sousa said the leaders would meet again.
            """);
        var summit = Assert.Single(d.OfType("Meeting")).Id;
        Assert.True(d.Has("ATTENDED", "person:luis-montenegro", summit), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:pedro-sanchez", summit), d.Dump());
        Assert.False(d.Has("ATTENDED", "person:marcelo-rebelo-de-sousa", summit), d.Dump());
    }

    [Fact]
    public void SemicolonItemsEndingOnALowercaseOfficeStillAttend()
    {
        // Items of a semicolon roll may close on the office set after the name ("A, the army's chief of staff;").
        var d = TestArticles.Extract("""
            date 2025-03-11 Talks between Chile and Peru opened in Lima on Tuesday.
            The Chilean delegation included Mario Marcel, the finance minister; Maya Fernandez, head of the defence portfolio; and Aurora Williams, the mining minister.
            """);
        var talks = Assert.Single(d.OfType("Meeting")).Id;
        Assert.True(d.Has("ATTENDED", "person:maya-fernandez", talks), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:aurora-williams", talks), d.Dump());
    }

    [Fact]
    public void TitleNameOfCountryLinesUnderAColonAfterTheGatheringAttend()
    {
        // The colon sentence names no gathering: its roll is that of the gathering the sentence before told; each line
        // reads "Title Name of Country".
        var d = TestArticles.Extract("""
            date 2025-03-11 Leaders of the Iberian Forum opened their annual summit in Porto on Monday.

            The summit took place at the Palacio da Bolsa on Monday afternoon. Seated around the table were:

            - Prime Minister Luis Montenegro of Portugal

            - Prime Minister Pedro Sanchez of Spain

            Portuguese President Marcelo Rebelo de Sousa said the leaders would meet again.
            """);
        var summit = Assert.Single(d.OfType("Meeting")).Id;
        Assert.True(d.Has("ATTENDED", "person:luis-montenegro", summit), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:pedro-sanchez", summit), d.Dump());
        Assert.False(d.Has("ATTENDED", "person:marcelo-rebelo-de-sousa", summit), d.Dump());
    }
}
