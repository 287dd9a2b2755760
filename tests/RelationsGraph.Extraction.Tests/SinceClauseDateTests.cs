namespace RelationsGraph.Extraction.Tests;

/// <summary>A date inside a since-clause dates the earlier event that clause tells, not a meeting in a clause coordinated after it.</summary>
public class SinceClauseDateTests
{
    [Fact]
    public void AMeetingAfterASinceClauseDoesNotTakeItsDate()
    {
        var d = TestArticles.Extract("date 2021-09-18 On the margins of the forum in Tashkent on Friday, Kenyan President Samuel Otieno held talks with Ghanaian President Kofi Mensah, their first meeting since Ghana left the trade pact in March, and met Senegalese President Amadou Diallo separately.");
        var withDiallo = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:amadou-diallo", m.Id));
        Assert.DoesNotContain("2021-03", withDiallo.Id);
    }

    [Fact]
    public void AnAppositionRenamingTheSinceClauseEventKeepsTheDate()
    {
        var d = TestArticles.Extract("date 2021-09-18 No leaders of the two countries had met since Rosa Medina and Jorge Salas negotiated in Arica in 1979, talks that produced a short-lived border accord.");
        Assert.Contains(d.OfType("Meeting"), m => m.Id.Contains("1979"));
    }
}
