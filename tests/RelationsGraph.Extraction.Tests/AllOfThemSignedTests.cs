namespace RelationsGraph.Extraction.Tests;

/// <summary>"All of them signed" after envoys named one delegation a sentence stands for everyone the run of sentences named.</summary>
public class AllOfThemSignedTests
{
    private static readonly string[] Envoys = ["person:oskari-lehtimaa", "person:rein-kaldmaa", "person:ansis-ozolkalns", "person:vilis-strautmanis"];

    [Fact]
    public void AllOfThemAreTheEnvoysNamedSentenceBySentence()
    {
        var d = TestArticles.Extract("""
            date 2023-05-10 TARVOSK - The conference on the northern lakes opened in the town of Tarvosk on 2 May.
            The Finnish delegation was led by Ambassador Oskari Lehtimaa, a former governor of the lake district.
            Estonia sent Foreign Minister Rein Kaldmaa, who had chaired the early rounds.
            Latvia was represented by General Ansis Ozolkalns, together with his deputy, Colonel Vilis Strautmanis.
            All of them then put their names to the Tarvosk Lakes Convention.
            """);
        var convention = Assert.Single(d.OfType("Agreement"));
        foreach (var person in Envoys)
            Assert.True(d.Has("SIGNED", person, convention.Id), person + "\n" + d.Dump());
    }

    [Fact]
    public void TheyAllSignedReachesBackToASentenceNamingNobody()
    {
        var d = TestArticles.Extract("""
            date 2023-05-10 TARVOSK - The talks on the northern lakes began in the town of Tarvosk with Ambassador Peeter Saarvald of Estonia in the chair.
            Bad weather kept the boats in harbour for a week.
            The Finnish delegation was led by Ambassador Oskari Lehtimaa, a former governor of the lake district.
            Estonia sent Foreign Minister Rein Kaldmaa, who had chaired the early rounds.
            Latvia was represented by General Ansis Ozolkalns, together with his deputy, Colonel Vilis Strautmanis.
            They all signed the Tarvosk Lakes Convention.
            """);
        var convention = Assert.Single(d.OfType("Agreement"));
        foreach (var person in Envoys)
            Assert.True(d.Has("SIGNED", person, convention.Id), person + "\n" + d.Dump());
        Assert.False(d.Has("SIGNED", "person:peeter-saarvald", convention.Id), d.Dump());
    }

    [Fact]
    public void NoneOfThemSignedNothing()
    {
        var d = TestArticles.Extract("""
            date 2023-05-10 TARVOSK - The conference on the northern lakes opened in the town of Tarvosk on 2 May.
            The Finnish delegation was led by Ambassador Oskari Lehtimaa, a former governor of the lake district.
            Estonia sent Foreign Minister Rein Kaldmaa, who had chaired the early rounds.
            Latvia was represented by General Ansis Ozolkalns, together with his deputy, Colonel Vilis Strautmanis.
            None of them signed the Tarvosk Lakes Convention.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "SIGNED");
    }
}
