namespace RelationsGraph.Extraction.Tests;

/// <summary>A counted group that signs stands for the people named just before it, as many as it counts.</summary>
public class CountedGroupNamedBeforeTests
{
    [Fact]
    public void TheTwoMenAreThePairNamedInThePreviousSentence()
    {
        var d = TestArticles.Extract("""
            date 2024-03-02 GABORONE - Botswana's President Duma Boko welcomed Namibian President Nangolo Mbumba to the capital on Saturday.
            The two men signed the Okavango Water Sharing Accord before lunch.
            """);
        var accord = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:duma-boko", accord.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:nangolo-mbumba", accord.Id), d.Dump());
    }

    [Fact]
    public void ABareNumberCountsTheLeadersJustListed()
    {
        var d = TestArticles.Extract("""
            date 2024-03-02 GABORONE - The summit brought together Botswana's President Duma Boko, Namibian President Nangolo Mbumba and Zambian President Hakainde Hichilema.
            On Saturday the three signed the Kazungula Corridor Declaration.
            """);
        var declaration = Assert.Single(d.OfType("Agreement"));
        foreach (var person in new[] { "person:duma-boko", "person:nangolo-mbumba", "person:hakainde-hichilema" })
            Assert.True(d.Has("SIGNED", person, declaration.Id), person + "\n" + d.Dump());
    }

    [Fact]
    public void AGroupTheSentencesBeforeCannotFillNamesNobody()
    {
        var d = TestArticles.Extract("""
            date 2024-03-02 GABORONE - Botswana's President Duma Boko opened the regional summit on Saturday.
            The four heads of state signed the Kazungula Corridor Declaration.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "SIGNED" && r.From == "person:duma-boko");
    }

    [Fact]
    public void ANameDescribingAnotherIsNotCounted()
    {
        var d = TestArticles.Extract("""
            date 2024-03-02 GABORONE - Beside Botswana's President Duma Boko stood Ellen Kgosi, the special envoy of Zambian President Hakainde Hichilema.
            The two also signed the Kazungula Corridor Declaration as guarantors.
            """);
        var declaration = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:duma-boko", declaration.Id), d.Dump());
        Assert.False(d.Has("SIGNED", "person:hakainde-hichilema", declaration.Id), d.Dump());
    }
}
