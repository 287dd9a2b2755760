namespace RelationsGraph.Extraction.Tests;

/// <summary>An uncounted plural of people that signs stands for the roll the sentence just before it lists.</summary>
public class GroupSignedAfterItsRollTests
{
    [Fact]
    public void TheCommissionersAreTheMembersListedBefore()
    {
        var d = TestArticles.Extract("""
            date 2024-03-02 VELORA - The Velora Boundary Treaty was the work of a joint boundary commission set up two years ago.
            Its members were General Arvid Lundqvist of Norway, Judge Maret Kallas of Estonia and Professor Ilze Berzina of Latvia.
            The commissioners signed the treaty for their three governments.
            """);
        var treaty = Assert.Single(d.OfType("Agreement"));
        foreach (var person in new[] { "person:arvid-lundqvist", "person:maret-kallas", "person:ilze-berzina" })
            Assert.True(d.Has("SIGNED", person, treaty.Id), person + "\n" + d.Dump());
    }

    [Fact]
    public void TheRollMayStandTwoSentencesBefore()
    {
        var d = TestArticles.Extract("""
            date 2024-03-02 VELORA - The Velora Boundary Treaty was the work of a joint boundary commission set up two years ago.
            Its members were General Arvid Lundqvist of Norway, Judge Maret Kallas of Estonia and Professor Ilze Berzina of Latvia.
            They met for the last time in the old customs hall on Saturday morning.
            The commissioners then signed the treaty before an audience of officials.
            """);
        var treaty = Assert.Single(d.OfType("Agreement"));
        foreach (var person in new[] { "person:arvid-lundqvist", "person:maret-kallas", "person:ilze-berzina" })
            Assert.True(d.Has("SIGNED", person, treaty.Id), person + "\n" + d.Dump());
    }

    [Fact]
    public void TwoNamesAreNoRoll()
    {
        var d = TestArticles.Extract("""
            date 2024-03-02 VELORA - The Velora Boundary Treaty was the work of a joint boundary commission set up two years ago.
            Its chairmen were General Arvid Lundqvist of Norway and Judge Maret Kallas of Estonia.
            The commissioners signed the treaty for their three governments.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "SIGNED" && r.From == "person:arvid-lundqvist");
    }

    [Fact]
    public void AListToldWithADocumentIsNoRoll()
    {
        var d = TestArticles.Extract("""
            date 2024-03-02 VELORA - Norway, Estonia and Latvia set up a joint boundary commission two years ago.
            The Velora Boundary Treaty was drafted by General Arvid Lundqvist of Norway, Judge Maret Kallas of Estonia and Professor Ilze Berzina of Latvia.
            The commissioners signed the Narva Pilotage Protocol on behalf of the three governments.
            """);
        var protocol = d.OfType("Agreement").Single(a => a.Name.Contains("Pilotage"));
        Assert.False(d.Has("SIGNED", "person:arvid-lundqvist", protocol.Id), d.Dump());
    }
}
