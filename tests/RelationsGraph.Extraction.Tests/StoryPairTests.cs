namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "The two presidents" long after another pair's encounter: the story's own pair of protagonists, the two people it names
/// most often from two countries, when the counted office fits them both.
/// </summary>
public class StoryPairTests
{
    [Fact]
    public void PairWordsFarFromAnotherPairsTalksNameTheStorysPair()
    {
        var d = TestArticles.Extract("""
            date 2025-03-04

            Chilean President Ines Valdivieso and Peruvian President Mateo Quispecahua agreed in a call on Monday to open the border crossings again.

            Valdivieso said the crossings would reopen within a month. Quispecahua said trade had suffered.

            Quispecahua is also due to hold talks with Bolivian Foreign Minister Rodrigo Anaya in La Paz next week.

            Valdivieso thanked the Peruvian side for its patience. Quispecahua said he hoped for more.

            Valdivieso added that the pass at Chungara would open first.

            The two presidents last met in Arica in November 2024.
            """);
        Assert.Contains(d.OfType("Meeting"), m => m.Date == "2024-11" && d.Has("ATTENDED", "person:ines-valdivieso", m.Id) && d.Has("ATTENDED", "person:mateo-quispecahua", m.Id));
        Assert.DoesNotContain(d.OfType("Meeting"), m => m.Date == "2024-11" && d.Has("ATTENDED", "person:rodrigo-anaya", m.Id));
    }

    [Fact]
    public void OfficeThatFitsOnlyOneOfThePairNamesNobodyNew()
    {
        var d = TestArticles.Extract("""
            date 2025-03-04

            Chilean President Ines Valdivieso and Peruvian Foreign Minister Mateo Quispecahua agreed in a call on Monday to open the border crossings again.

            Valdivieso said the crossings would reopen within a month. Quispecahua said trade had suffered.

            Quispecahua is also due to hold talks with Bolivian Foreign Minister Rodrigo Anaya in La Paz next week.

            Valdivieso thanked the Peruvian side for its patience. Quispecahua said he hoped for more.

            Valdivieso added that the pass at Chungara would open first.

            The two presidents last met in Arica in November 2024.
            """);
        Assert.DoesNotContain(d.OfType("Meeting"), m => m.Date == "2024-11" && d.Has("ATTENDED", "person:ines-valdivieso", m.Id) && d.Has("ATTENDED", "person:mateo-quispecahua", m.Id));
    }
}
