using RelationsGraph.Extraction.Model;

namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A given name or religious style written alone before a known name of two words or more is part of that name
/// (GivenNameBeforeAKnownName): it makes no person of its own and is not dropped; ranks, noble styles and plural titles stay out.
/// </summary>
public class GivenNameBeforeAKnownNameTests
{
    private const string Officeholders =
        "Darius Vahedi Kermani|IR|Foreign Ministry Spokesman|2031-|\nFarid Uddin Chowdhury|BD|Foreign Minister|2031-|\n";

    private static ExtractionDocument Extract(string text) => TestArticles.ExtractKnowing(Officeholders, text);

    [Fact]
    public void AGivenNameBeforeAKnownNameBelongsToIt()
    {
        var d = Extract("Ministers Meet in Shiraz\n\ndate 2032-04-10 The trip is the first by a minister since Bahram Darius Vahedi Kermani's tour of the Gulf states.");
        var person = Assert.Single(d.OfType("Person"));
        Assert.Equal("person:darius-vahedi-kermani", person.Id);
        Assert.Equal("Bahram Darius Vahedi Kermani", person.Name);
    }

    [Fact]
    public void AStyleAfterTheOfficeTitleIsNoPersonOfItsOwn()
    {
        var d = Extract("Ministers Meet in Shiraz\n\ndate 2032-04-10 The ministers met in Shiraz on Monday. Iranian Foreign Ministry Spokesman Seyed Darius Vahedi Kermani told reporters the talks went well.");
        var person = Assert.Single(d.OfType("Person"));
        Assert.Equal("person:darius-vahedi-kermani", person.Id);
        Assert.Equal("Seyed Darius Vahedi Kermani", person.Name);
    }

    [Fact]
    public void ARankOrAPluralTitleIsNoGivenName()
    {
        // Guard: ranks and plural titles before the name stay out of it.
        var d = Extract("Ministers Meet in Shiraz\n\ndate 2032-04-10 The pact was signed in Sylhet by Presidents Farid Uddin Chowdhury and Darius Vahedi Kermani, and Captain Darius Vahedi Kermani spoke later.");
        Assert.DoesNotContain(d.OfType("Person"), p => p.Name.StartsWith("Presidents") || p.Name.StartsWith("Captain"));
    }
}
