namespace RelationsGraph.Extraction.Tests;

/// <summary>"X signed first. He was followed by A and B": the people who followed a signer in turn signed too.</summary>
public class SigningOrderTests
{
    [Fact]
    public void ThoseWhoFollowedASignerSignedInTurn()
    {
        var d = TestArticles.Extract("""
            date 2019-07-07 Leaders of West African states signed a customs union treaty in Niamey on Sunday. Senegalese President Macky Sall signed first.
            He was followed by Ivorian President Alassane Ouattara and Ghanaian President Nana Akufo-Addo.
            """);
        var treaty = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:alassane-ouattara", treaty.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:nana-akufo-addo", treaty.Id), d.Dump());
    }

    [Fact]
    public void AProgrammeFollowedByAnEventNamesNoSigner()
    {
        var d = TestArticles.Extract("""
            date 2019-07-07 Senegalese President Macky Sall and Ivorian President Alassane Ouattara signed a customs union treaty in Niamey on Sunday.
            The ceremony was followed by a lunch hosted by Ghanaian President Nana Akufo-Addo.
            """);
        var treaty = Assert.Single(d.OfType("Agreement"));
        Assert.False(d.Has("SIGNED", "person:nana-akufo-addo", treaty.Id), d.Dump());
    }

    [Fact]
    public void TheFirstToSignSignedAndThoseWhoFollowedHim()
    {
        var d = TestArticles.Extract("""
            date 2006-05-14 Ministers of four Andean states signed a transit treaty in Quito on Sunday.
            Bolivian Foreign Minister David Choquehuanca was the first to sign, shortly after noon. He was then followed by Peruvian Foreign Minister Oscar Maurtua.
            """);
        var treaty = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:david-choquehuanca", treaty.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:oscar-maurtua", treaty.Id), d.Dump());
    }

    [Fact]
    public void OneWhoWillBeTheFirstToSignHasNotSignedYet()
    {
        var d = TestArticles.Extract("""
            date 2006-05-14 Ministers of four Andean states signed a transit treaty in Quito on Sunday.
            Officials said Bolivian Foreign Minister David Choquehuanca will be the first to sign the next protocol.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "SIGNED" && r.From == "person:david-choquehuanca");
    }

    [Fact]
    public void ANamedSubjectFollowedInTurnAndThoseWhoThenCameSignedToo()
    {
        var d = TestArticles.Extract("""
            date 2011-03-02 Rival factions of the island signed a power-sharing accord in Port Louis on Wednesday. The ruling coalition's delegation signed first.
            Its leader, Navin Ramgoolam, was followed by Deputy Premier Rama Sithanen and Attorney-General Yatin Varma.
            Then came the three members of the opposition bench: Paul Berenger, Alan Ganoo and Steven Obeegadoo.
            """);
        var accord = Assert.Single(d.OfType("Agreement"));
        foreach (var person in new[] { "person:navin-ramgoolam", "person:rama-sithanen", "person:yatin-varma", "person:paul-berenger", "person:alan-ganoo", "person:steven-obeegadoo" })
            Assert.True(d.Has("SIGNED", person, accord.Id), person + "\n" + d.Dump());
    }

    [Fact]
    public void ThoseWhoCameAfterToWatchAreNoSigners()
    {
        var d = TestArticles.Extract("""
            date 2011-03-02 Premier Navin Ramgoolam and opposition leader Paul Berenger signed a power-sharing accord in Port Louis on Wednesday.
            Then came the guests who had watched from the gallery, among them Alan Ganoo and Steven Obeegadoo.
            """);
        var accord = Assert.Single(d.OfType("Agreement"));
        Assert.False(d.Has("SIGNED", "person:alan-ganoo", accord.Id), d.Dump());
    }
}
