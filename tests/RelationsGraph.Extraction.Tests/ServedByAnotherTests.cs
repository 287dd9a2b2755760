namespace RelationsGraph.Extraction.Tests;

/// <summary>"X, senior adviser to President Y": the person another serves is described, not present.</summary>
public class ServedByAnotherTests
{
    [Fact]
    public void ThePersonAnAdviserServesIsNotAtTheSigning()
    {
        var d = TestArticles.Extract("date 2022-03-10 Kenyan Foreign Minister Raychelle Omamo and Somali Foreign Minister Abdisaid Muse Ali signed a trade accord in Nairobi on Thursday, " +
                                     "watched by Ali Hussein, special adviser to Somali President Mohamed Abdullahi Farmaajo.");
        var signing = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:ali-hussein", signing.Id), d.Dump());
        Assert.False(d.Has("ATTENDED", "person:mohamed-abdullahi-farmaajo", signing.Id), d.Dump());
    }

    [Fact]
    public void ACapitalisedTitleWithOfIsThePersonsOwn()
    {
        var d = TestArticles.Extract("date 2022-03-10 Kenyan Foreign Minister Raychelle Omamo and Somali Foreign Minister Abdisaid Muse Ali signed a trade accord in Nairobi on Thursday, " +
                                     "watched by Secretary of State Antony Blinken.");
        var signing = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:antony-blinken", signing.Id), d.Dump());
    }

    [Fact]
    public void ThePrincipalOfARepresentativeWithAHyphenatedTitleIsNotThere()
    {
        var d = TestArticles.Extract("""
            date 2019-09-02 TARVIK, Sept 2 - President Ando Saar of Veslandia and Prime Minister Juhan Kask of Norrik signed a border treaty in Tarvik on Monday.
            Mirela Dobre, the special representative of Secretary-General Hendrik Voss, attended the ceremony.
            """);
        var signing = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:mirela-dobre", signing.Id), d.Dump());
        Assert.False(d.Has("ATTENDED", "person:hendrik-voss", signing.Id), d.Dump());
    }

    [Fact]
    public void ARemitBetweenTheAdviserAndToStillDescribesAnother()
    {
        var d = TestArticles.Extract("""
            date 2019-09-02 TARVIK, Sept 2 - President Ando Saar of Veslandia and Prime Minister Juhan Kask of Norrik signed a border treaty in Tarvik on Monday.
            Lars Eklund, senior adviser for the Baltic to President Petra Lind, who flew in on Sunday, attended the signing.
            """);
        Assert.Contains(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:lars-eklund", m.Id));
        Assert.DoesNotContain(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:petra-lind", m.Id));
    }
}
