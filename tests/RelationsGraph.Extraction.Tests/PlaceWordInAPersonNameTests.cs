namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A town's name inside a name told as a person's (title before it, office in apposition after it) is a given name or a surname
/// (PlaceWordInAPersonName); without a person's context it stays a town.
/// </summary>
public class PlaceWordInAPersonNameTests
{
    [Fact]
    public void ATownClosingATitledNameIsTheSurname()
    {
        var d = TestArticles.Extract("date 2031-05-04 Kenyan Labour Minister Amos Kisumu said the wage accord was fair.");
        var person = Assert.Single(d.OfType("Person"));
        Assert.Equal("Amos Kisumu", person.Name);
        Assert.DoesNotContain(d.OfType("Place"), p => p.Name == "Kisumu");
        Assert.True(d.Has("REPRESENTS", person.Id, "country:ke"), d.Dump());
    }

    [Fact]
    public void ATownClosingANameWithAnOfficeInAppositionIsTheSurname()
    {
        var d = TestArticles.Extract("date 2031-05-04 Rafael Lima, Brazil's deputy trade minister, spoke after the Kenyan delegation.");
        var person = Assert.Single(d.OfType("Person"));
        Assert.Equal("Rafael Lima", person.Name);
        Assert.True(d.Has("REPRESENTS", person.Id, "country:br"), d.Dump());
    }

    [Fact]
    public void ATownBetweenATitleAndALastNameWordIsTheGivenName()
    {
        var d = TestArticles.Extract("date 2031-05-04 Deputy Minister Sydney Mbatha of South Africa agreed to the text.");
        var person = Assert.Single(d.OfType("Person"));
        Assert.Equal("Sydney Mbatha", person.Name);
        Assert.DoesNotContain(d.OfType("Place"), p => p.Name == "Sydney");
    }

    [Fact]
    public void WithoutAPersonsContextTheTownStaysATown()
    {
        var d = TestArticles.Extract("date 2031-05-04 Rafael Lima, a quiet market town, welcomed the visitors from Kenya.");
        Assert.DoesNotContain(d.OfType("Person"), p => p.Name == "Rafael Lima");
    }

    [Fact]
    public void ATownClosingATitledFourPartNameIsTheSecondSurname()
    {
        var d = TestArticles.Extract("date 2031-05-04 The fisheries accord was signed by the minister Tomas Obura Ndong Lima and the Kenyan envoy.");
        var person = Assert.Single(d.OfType("Person"), p => p.Name.StartsWith("Tomas"));
        Assert.Equal("Tomas Obura Ndong Lima", person.Name);
        Assert.DoesNotContain(d.OfType("Place"), p => p.Name == "Lima");
    }

    [Fact]
    public void AnUntitledThreeWordNameBeforeATownLeavesTheTown()
    {
        // Guard: untitled, three name words before a town do not take it as a surname (passes with or without the four-part rule).
        var d = TestArticles.Extract("date 2031-05-04 Talks between Tomas Obura Ndong Lima and Kenya ended on Friday.");
        Assert.DoesNotContain(d.OfType("Person"), p => p.Name == "Tomas Obura Ndong Lima");
    }
}
