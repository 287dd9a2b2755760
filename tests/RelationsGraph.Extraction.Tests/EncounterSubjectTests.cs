namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// Talks or a call with a counterpart named alone: the subject of the clause whose verb governs them is the other side,
/// however far back it stands; a speaker who only reports the talks is not.
/// </summary>
public class EncounterSubjectTests
{
    [Fact]
    public void SubjectOfACoordinatedLightVerbHoldsTheTalks()
    {
        var d = TestArticles.Extract("""
            date 2025-03-04

            Estonian Prime Minister Kaarel Tammsaar landed at the military airfield outside the capital late on Monday and held talks with Ghanaian President Kofi Ampadu in Accra.
            """);
        Assert.Contains(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:kaarel-tammsaar", m.Id) && d.Has("ATTENDED", "person:kofi-ampadu", m.Id));
    }

    [Fact]
    public void PronounOfALaterClauseContinuesTheSubject()
    {
        var d = TestArticles.Extract("""
            date 2025-03-04

            Chilean Foreign Minister Ines Valdivieso flew on to Lima on Tuesday evening, where she held talks with Peruvian Foreign Minister Mateo Quispecahua.
            """);
        Assert.Contains(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:ines-valdivieso", m.Id) && d.Has("ATTENDED", "person:mateo-quispecahua", m.Id));
    }

    [Fact]
    public void SpeakerReportingTheTalksIsNotASide()
    {
        var d = TestArticles.Extract("""
            date 2025-03-04

            Chilean Foreign Minister Ines Valdivieso said on Tuesday that officials from Santiago had held talks with Bolivian Foreign Minister Mateo Quispecahua.
            """);
        Assert.DoesNotContain(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:ines-valdivieso", m.Id));
    }
}
