namespace RelationsGraph.Extraction.Tests;

/// <summary>The separate events of a state visit: an honour conferred, a banquet, each a meeting of its own kind.</summary>
public class VisitProgrammeEventTests
{
    [Theory]
    [InlineData("conferred the Grand Order of the Lotus on")]
    [InlineData("bestowed the country's highest civilian honour on")]
    public void ConferringAnHonourIsACeremonyOfGiverAndReceiver(string words)
    {
        var d = TestArticles.Extract($"date 2024-05-14 Nepalese President Ram Chandra Poudel {words} Japanese Prime Minister Fumio Kishida in Kathmandu on Tuesday.");
        var ceremony = Assert.Single(d.OfType("Meeting"), m => m.Kind == "ceremony");
        Assert.True(d.Has("ATTENDED", "person:ram-chandra-poudel", ceremony.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:fumio-kishida", ceremony.Id), d.Dump());
    }

    [Fact]
    public void AnHonourNamedAtTheEndOfALongObjectStillMakesTheCeremony()
    {
        var d = TestArticles.Extract("date 2024-05-14 Japanese Prime Minister Fumio Kishida arrived in Kathmandu on Tuesday. " +
                                     "Nepalese President Ram Chandra Poudel conferred on Kishida the Nepal Ratna Maan Padavi, the country's highest honour, at Sheetal Niwas.");
        var ceremony = Assert.Single(d.OfType("Meeting"), m => m.Kind == "ceremony");
        Assert.True(d.Has("ATTENDED", "person:fumio-kishida", ceremony.Id), d.Dump());
    }

    [Fact]
    public void ConferringWithSomeoneIsNoCeremony()
    {
        var d = TestArticles.Extract("date 2024-05-14 Nepalese President Ram Chandra Poudel conferred with his advisers about the budget on Tuesday.");
        Assert.DoesNotContain(d.OfType("Meeting"), m => m.Kind == "ceremony");
    }

    [Fact]
    public void AnHonourAndALaterBanquetAreTwoEvents()
    {
        var d = TestArticles.Extract("date 2024-05-14 KATHMANDU - Nepalese President Ram Chandra Poudel conferred the Grand Order of the Lotus on Japanese Prime Minister Fumio Kishida on Tuesday. " +
                                     "In the evening Poudel hosted a banquet for Kishida at the Sheetal Niwas palace.");
        Assert.Single(d.OfType("Meeting"), m => m.Kind == "ceremony");
        Assert.Single(d.OfType("Meeting"), m => m.Kind == "reception");
    }

    [Theory]
    [InlineData("addressed the Latvian parliament")]
    [InlineData("addressed a joint session of the legislature")]
    public void AddressingALegislatureIsASpeech(string words)
    {
        var d = TestArticles.Extract($"date 2024-05-14 Finnish President Alexander Stubb {words} in Riga on Tuesday.");
        var speech = Assert.Single(d.OfType("Meeting"), m => m.Kind == "speech");
        Assert.True(d.Has("ATTENDED", "person:alexander-stubb", speech.Id), d.Dump());
    }

    [Theory]
    [InlineData("addressed the Saeima")]
    [InlineData("addressed members of the Verkhovna Rada")]
    [InlineData("addressed the House of Representatives")]
    [InlineData("addressed the Chamber of Deputies")]
    public void AddressingALegislatureByItsOwnNameIsASpeech(string words)
    {
        var d = TestArticles.Extract($"date 2024-05-14 Visiting Prime Minister Oskar Lindqvar {words} on Tuesday.");
        var speech = Assert.Single(d.OfType("Meeting"), m => m.Kind == "speech");
        Assert.True(d.Has("ATTENDED", "person:oskar-lindqvar", speech.Id), d.Dump());
    }

    [Theory]
    [InlineData("addressed business leaders")]
    [InlineData("addressed some 300 delegates")]
    [InlineData("addressed assembled diplomats")]
    public void AddressingListenersNamedByTheirStandingIsASpeech(string words)
    {
        var d = TestArticles.Extract($"date 2024-05-14 Visiting Prime Minister Oskar Lindqvar {words} on Tuesday.");
        var speech = Assert.Single(d.OfType("Meeting"), m => m.Kind == "speech");
        Assert.True(d.Has("ATTENDED", "person:oskar-lindqvar", speech.Id), d.Dump());
    }

    [Fact]
    public void AddressingAnIssueIsNoSpeech()
    {
        var d = TestArticles.Extract("date 2024-05-14 Finnish President Alexander Stubb said the plan would address the concerns of parliament members.");
        Assert.DoesNotContain(d.OfType("Meeting"), m => m.Kind == "speech");
    }

    [Fact]
    public void ASpeechElsewhereLeavesTheDatelineToTheTalks()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14

            VILNIUS, May 14 (Reuters) - Lithuanian President Gitanas Nauseda held talks with Estonian Prime Minister Kristen Michal on Tuesday.
            Earlier Tuesday, Finnish President Alexander Stubb addressed the parliament in Riga.
            """);
        var talks = Assert.Single(d.OfType("Meeting"), m => m.Kind == "talks");
        Assert.True(d.Has("HELD_IN", talks.Id, "place:vilnius"), d.Dump());
    }

    [Fact]
    public void ALectureIsASpeech()
    {
        var d = TestArticles.Extract("date 2024-05-14 Chinese Premier Li Qiang gave a lecture at the University of Auckland on Tuesday.");
        var speech = Assert.Single(d.OfType("Meeting"), m => m.Kind == "speech");
        Assert.True(d.Has("ATTENDED", "person:li-qiang", speech.Id), d.Dump());
    }

    [Fact]
    public void APronounClauseAfterAndKeepsTheFirstClausesPeopleAway()
    {
        var d = TestArticles.Extract("date 2024-05-14 Italian Prime Minister Giorgia Meloni called on President Karin Keller-Sutter at the Federal Palace, " +
                                     "and she attended a working lunch hosted by Swiss Foreign Minister Ignazio Cassis.");
        var lunch = Assert.Single(d.OfType("Meeting"), m => m.Kind == "reception");
        Assert.False(d.Has("ATTENDED", "person:karin-keller-sutter", lunch.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:ignazio-cassis", lunch.Id), d.Dump());
        // "and she attended": the pronoun is the sentence's first subject, the guest at the lunch.
        Assert.True(d.Has("ATTENDED", "person:giorgia-meloni", lunch.Id), d.Dump());
    }
}
