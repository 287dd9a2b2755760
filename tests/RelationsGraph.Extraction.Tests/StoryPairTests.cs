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

    [Theory]
    [InlineData("Anaya agreed.", false)]
    [InlineData("Valdivieso thanked them.", true)]
    public void TieForSecondPlaceNamesNoPair(string lastWord, bool pairNamed)
    {
        // Quispecahua and Anaya named equally often after Valdivieso: the story has no one second protagonist.
        var d = TestArticles.Extract($"""
            date 2025-03-04

            Chilean President Ines Valdivieso said on Monday that the border crossings with Peru and Bolivia would open again within a month.

            Peruvian President Mateo Quispecahua welcomed the step. Bolivian President Rodrigo Anaya asked for a firm date.

            Valdivieso said trade had suffered. Quispecahua said the same. {lastWord}

            Valdivieso added that the pass at Chungara would open first.

            The two presidents last met in Arica in November 2024.
            """);
        var named = d.OfType("Meeting").Any(m => m.Date == "2024-11" && d.Has("ATTENDED", "person:ines-valdivieso", m.Id) && d.Has("ATTENDED", "person:mateo-quispecahua", m.Id));
        Assert.Equal(pairNamed, named);
        Assert.DoesNotContain(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:rodrigo-anaya", m.Id));
    }
}
