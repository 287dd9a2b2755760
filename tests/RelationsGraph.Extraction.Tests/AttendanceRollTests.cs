namespace RelationsGraph.Extraction.Tests;

/// <summary>Long rolls of attendees: every name of a subject list, however far it starts before the verb.</summary>
public class SubjectListBeforeTheVerbTests
{
    [Fact]
    public void EveryLeaderOfALongSubjectListAttends()
    {
        var d = TestArticles.Extract("""
            date 2024-02-17 African Union leaders opened their annual summit in Addis Ababa on Saturday.
            Kenya's President William Ruto, Ghana's President Nana Akufo-Addo, Senegal's President Macky Sall and Zambia's President Hakainde Hichilema attended in person.
            """);
        var summit = Assert.Single(d.OfType("Meeting"));
        foreach (var id in new[] { "person:william-ruto", "person:nana-akufo-addo", "person:macky-sall", "person:hakainde-hichilema" })
            Assert.True(d.Has("ATTENDED", id, summit.Id), id + "\n" + d.Dump());
    }

    [Fact]
    public void AVerbInsideARelativeClauseIsOnlyTheLastNamesOwn()
    {
        var d = TestArticles.Extract("""
            date 2024-02-17 Kenyan President William Ruto and Ghanaian President Nana Akufo-Addo — who was due to meet Zambian President Hakainde Hichilema in Lusaka — spoke to reporters in Nairobi.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "ATTENDED" && r.From == "person:william-ruto");
    }
}
