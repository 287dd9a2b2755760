namespace RelationsGraph.Extraction.Tests;

/// <summary>A document the story reports concluded, with no meeting noun nor signer at a meeting, comes out of the story's gathering.</summary>
public class StoryMeetingProducesTests
{
    [Fact]
    public void ADocumentSignedByMinistersAfterTheTalksComesOutOfTheTalks()
    {
        var d = TestArticles.Extract("""
            date 2025-03-18 President Gabriel Boric of Chile held talks with Prime Minister Mark Carney of Canada in Ottawa on Tuesday.

            Several documents were exchanged. Among them was a memorandum on critical minerals, signed by Chilean Mining Minister Aurora Williams and Canadian Natural Resources Minister Tim Hodgson.
            """);
        var memorandum = Assert.Single(d.OfType("Agreement"));
        var meeting = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("PRODUCED", meeting.Id, memorandum.Id), d.Dump());
    }

    [Fact]
    public void ARecalledDocumentIsNoProductOfTheStorysMeeting()
    {
        var d = TestArticles.Extract("""
            date 2025-03-18 President Gabriel Boric of Chile held talks with Prime Minister Mark Carney of Canada in Ottawa on Tuesday.

            The two countries signed a free trade agreement in 1996, which both leaders praised.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "PRODUCED");
    }
}

/// <summary>"X signed for A and Y signed for B", "It was signed by X": a signing that names no document signs the one told last.</summary>
public class ObjectlessSigningTests
{
    private const string Opening = """
        date 2024-06-12 The government of Colombia and the ELN rebels concluded a ceasefire agreement in Caracas on Wednesday after months of talks.

        """;

    [Fact]
    public void EachSideSignedForItsOwn()
    {
        var d = TestArticles.Extract(Opening + "Otty Patino, the government's chief negotiator, signed for Bogota and Pablo Beltran, the rebels' commander, signed for the ELN.");
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:otty-patino", agreement.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:pablo-beltran", agreement.Id), d.Dump());
    }

    [Fact]
    public void ThePassiveNamesItsAgents()
    {
        var d = TestArticles.Extract(Opening + "It was signed for Colombia by Colombian Foreign Minister Luis Gilberto Murillo and for Venezuela by Venezuelan Foreign Minister Yvan Gil.");
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:luis-gilberto-murillo", agreement.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:yvan-gil", agreement.Id), d.Dump());
    }

    [Theory]
    [InlineData("Foreign Minister Luis Gilberto Murillo watched from the front row; none of them signed.")]
    [InlineData("President Nicolas Maduro stood beside the table as they signed.")]
    [InlineData("President Gustavo Petro, who did not sign, praised the negotiators.")]
    public void WitnessesAndDenialsSignNothing(string sentence)
    {
        var d = TestArticles.Extract(Opening + sentence);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "SIGNED");
    }
}

/// <summary>Signers told with a pronoun object or a long counterpart title.</summary>
public class SignersFarFromTheNounTests
{
    [Fact]
    public void PuttingNamesToItSignsTheDocumentToldLast()
    {
        var d = TestArticles.Extract("""
            date 2024-06-12 Colombia and Venezuela concluded a border trade agreement in Cucuta on Wednesday.

            Colombian Foreign Minister Luis Gilberto Murillo and Venezuelan Foreign Minister Yvan Gil put their names to it in the customs building.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:luis-gilberto-murillo", agreement.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:yvan-gil", agreement.Id), d.Dump());
    }

    [Fact]
    public void TheCounterpartAfterALongTitleAndACommaSignedToo()
    {
        var d = TestArticles.Extract("""
            date 2024-06-12 Colombian Foreign Minister Luis Gilberto Murillo signed a border trade agreement with Venezuela's Minister for Foreign Affairs, Yvan Gil, in Cucuta on Wednesday.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:yvan-gil", agreement.Id), d.Dump());
    }
}

/// <summary>A call prepares documents but produces none: what the sides issue after it is their own.</summary>
public class CallProducesNothingTests
{
    [Fact]
    public void AJointStatementIssuedInTheCallsSentenceHasNoProducer()
    {
        var d = TestArticles.Extract("""
            date 2025-02-03 President Javier Milei of Argentina and President Gabriel Boric of Chile spoke by phone on Monday and issued a joint statement on Antarctic research.
            """);
        Assert.Single(d.OfType("Agreement"));
        Assert.DoesNotContain(d.Relationships, r => r.Type == "PRODUCED");
    }
}

/// <summary>A mediator or witness at the meeting that concludes a document binds no state of their own.</summary>
public class MediatorsBindNoStateTests
{
    [Fact]
    public void TheMediatorsCountryIsNoParty()
    {
        var d = TestArticles.Extract("""
            date 2018-09-16 Prime Minister Abiy Ahmed of Ethiopia and President Isaias Afwerki of Eritrea held talks in Jeddah on Sunday.

            At the talks, mediated by Saudi Foreign Minister Adel al-Jubeir, Abiy and Isaias signed a peace declaration.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("PARTY_TO", "country:et", agreement.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:er", agreement.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:sa", agreement.Id), d.Dump());
    }

    [Theory]
    [InlineData("The talks were mediated by Adel al-Jubeir.", true)]
    [InlineData("Adel al-Jubeir, the mediator, spoke first.", true)]
    [InlineData("Adel al-Jubeir signed the declaration.", false)]
    // An apposition between the name and its verb phrase does not use up the reach.
    [InlineData("Adel al-Jubeir, chairman of the regional body, arrived to witness the ceremony.", true)]
    [InlineData("Adel al-Jubeir, the kingdom's veteran foreign minister, arrived as one of the observers.", true)]
    [InlineData("Adel al-Jubeir, the kingdom's veteran foreign minister, signed the accord before the witnesses.", false)]
    public void MediatorsAndWitnessesAreFoundByTheirRole(string text, bool third)
    {
        var sentence = Text.SentenceSplitter.Split(text)[0];
        var name = text.IndexOf("Adel", StringComparison.Ordinal);
        var start = sentence.Tokens.Select((t, i) => (t, i)).First(x => x.t.Start == name).i;
        var end = sentence.Tokens.Select((t, i) => (t, i)).First(x => x.t.Start >= name + "Adel al-Jubeir".Length).i;
        var mention = new Entities.Mention
        {
            Kind = Entities.MentionKind.Person, Sentence = sentence, TokenStart = start, TokenEnd = end, Surface = "Adel al-Jubeir", EntityId = "person:adel-al-jubeir",
        };
        Assert.Equal(third, Agreements.ThirdPartyPeople.In([sentence], _ => [mention]).Count == 1);
    }
}

/// <summary>"was signed at X, the residence, by A and B": the agents follow a place phrase with its apposition.</summary>
public class AgentsAfterAPlaceAppositionTests
{
    [Fact]
    public void TheAgentsAfterThePlacesDescriptionSigned()
    {
        var d = TestArticles.Extract("""
            date 2024-06-12 A border trade agreement was signed at Casa de Narino, the presidential palace, by Colombian Foreign Minister Luis Gilberto Murillo and Venezuelan Foreign Minister Yvan Gil.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:luis-gilberto-murillo", agreement.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:yvan-gil", agreement.Id), d.Dump());
    }
}

/// <summary>"the two rivals signed", "all three men signed": the people of the meeting under discussion signed.</summary>
public class GroupOfSignersTests
{
    [Theory]
    [InlineData("The two rivals signed a peace declaration on Sunday.")]
    [InlineData("Both men then signed a peace declaration.")]
    public void TheMeetingsPeopleSigned(string sentence)
    {
        var d = TestArticles.Extract("""
            date 2018-09-16 Prime Minister Abiy Ahmed of Ethiopia and President Isaias Afwerki of Eritrea held talks in Jeddah on Sunday.

            """ + sentence);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:abiy-ahmed", agreement.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:isaias-afwerki", agreement.Id), d.Dump());
    }
}

/// <summary>States in free association (the Cook Islands, Niue) sign in their own name: they are countries, not places.</summary>
public class FreelyAssociatedStatesTests
{
    [Theory]
    [InlineData("Cook Islands", "country:ck")]
    [InlineData("Niue", "country:nu")]
    public void TheyAreCountries(string name, string id)
    {
        var d = TestArticles.Extract($"date 2024-08-28 Leaders of New Zealand and {name} met in Auckland on Wednesday to discuss fisheries.");
        Assert.Contains(d.Entities, e => e.Id == id && e.Type == "Country");
    }
}
