namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// Events of a visit's programme told by their own nouns (a formal welcome, a guard of honour, a wreath), a speech kept
/// apart from the meal of the same visit, and undated references kept apart from a gathering dated years before the story.
/// </summary>
public class VisitWelcomeAndProgrammeTests
{
    [Theory]
    [InlineData("was given a ceremonial welcome by")]
    [InlineData("inspected a guard of honour with")]
    [InlineData("received a 21-gun salute alongside")]
    public void AFormalWelcomeIsACeremonyOfGuestAndHost(string words)
    {
        var d = TestArticles.Extract($"date 2024-10-08 Kenyan President William Ruto {words} Ghanaian President John Mahama at the Jubilee House in Accra on Tuesday.");
        var ceremony = Assert.Single(d.OfType("Meeting"), m => m.Kind == "ceremony");
        Assert.True(d.Has("ATTENDED", "person:william-ruto", ceremony.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:john-mahama", ceremony.Id), d.Dump());
    }

    [Fact]
    public void LayingAWreathIsACeremony()
    {
        var d = TestArticles.Extract("date 2024-10-08 Kenyan President William Ruto laid a wreath at the Independence Arch in Accra on Tuesday.");
        var ceremony = Assert.Single(d.OfType("Meeting"), m => m.Kind == "ceremony");
        Assert.True(d.Has("ATTENDED", "person:william-ruto", ceremony.Id), d.Dump());
    }

    [Theory]
    [InlineData("Kenyan President William Ruto said the new tariffs were welcome news for farmers in Accra on Tuesday.")]
    [InlineData("Kenyan President William Ruto said all investors were welcome in Nairobi on Tuesday.")]
    public void WelcomeAsAnAdjectiveIsNoCeremony(string sentence)
    {
        var d = TestArticles.Extract("date 2024-10-08 " + sentence);
        Assert.DoesNotContain(d.OfType("Meeting"), m => m.Kind == "ceremony");
    }

    [Fact]
    public void AnAddressAndABanquetOfOneVisitAreTwoEvents()
    {
        var d = TestArticles.Extract("date 2024-10-08 Ghanaian President John Mahama hosted a state banquet for Kenyan President William Ruto on Tuesday. " +
                                     "On Wednesday Ruto gave a speech to students at the University of Ghana.");
        Assert.Single(d.OfType("Meeting"), m => m.Kind == "reception");
        var speech = Assert.Single(d.OfType("Meeting"), m => m.Kind == "speech");
        Assert.False(d.Has("ATTENDED", "person:john-mahama", speech.Id), d.Dump());
    }

    [Fact]
    public void UndatedReferencesDoNotJoinAGatheringDatedYearsBefore()
    {
        var d = TestArticles.Extract("date 2024-10-08 Kenyan Foreign Minister Musalia Mudavadi first held border talks with Ugandan Foreign Minister Jeje Odongo in 2009. " +
                                     "Mudavadi met Odongo again in Kampala, officials said.");
        var recent = Assert.Single(d.OfType("Meeting"), m => m.Date != "2009");
        Assert.True(d.Has("ATTENDED", "person:musalia-mudavadi", recent.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:jeje-odongo", recent.Id), d.Dump());
    }

    [Fact]
    public void AnAddressToAJointSittingOfParliamentIsASpeech()
    {
        var d = TestArticles.Extract("date 2024-10-08 Kenyan President William Ruto addressed a joint sitting of Ghana's Parliament in Accra on Tuesday.");
        var speech = Assert.Single(d.OfType("Meeting"), m => m.Kind == "speech");
        Assert.True(d.Has("ATTENDED", "person:william-ruto", speech.Id), d.Dump());
    }

    [Fact]
    public void APairMeetingAtASummitOfManyIsAnEncounterOfItsOwn()
    {
        var d = TestArticles.Extract("date 2024-10-08 Kenyan President William Ruto, Ghanaian President John Mahama and Nigerian President Bola Tinubu attended the summit in Abuja on Tuesday. " +
                                     "Ruto met Senegalese President Bassirou Diomaye Faye for an hour.");
        var encounter = Assert.Single(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:bassirou-diomaye-faye", m.Id));
        Assert.True(d.Has("ATTENDED", "person:william-ruto", encounter.Id), d.Dump());
        Assert.False(d.Has("ATTENDED", "person:john-mahama", encounter.Id), d.Dump());
    }
}
