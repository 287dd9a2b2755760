namespace RelationsGraph.Extraction.Tests;

/// <summary>"Sir Keir", "Prince Faisal": British and royal honorifics are not people, and the short form is the same person.</summary>
public class PeopleHonorificTests
{
    [Fact]
    public void SirWithTheGivenNameIsTheSamePerson()
    {
        var d = TestArticles.Extract("""
            date 2024-11-19
            Prime Minister Sir Keir Starmer met Chinese President Xi Jinping in Rio de Janeiro on Monday.

            Sir Keir said he wanted steady relations with Beijing.
            """);
        Assert.Single(d.OfType("Person"), p => p.Name.Contains("Keir"));
    }

    [Fact]
    public void PrinceBeforeANameIsNotAPerson()
    {
        var d = TestArticles.Extract("""
            date 2025-03-11
            Saudi Foreign Minister Prince Faisal bin Farhan welcomed the delegations in Jeddah on Tuesday.
            """);
        Assert.DoesNotContain(d.OfType("Person"), p => p.Name == "Prince");
        Assert.Contains(d.OfType("Person"), p => p.Name.Contains("Faisal bin Farhan"));
    }

    [Fact]
    public void KnownOfficeHolderWrittenFamilyNameFirstKeepsTheCountry()
    {
        var d = TestArticles.Extract("""
            date 2025-06-21
            Japan will be represented by Foreign Minister Iwaya Takeshi, who will attend the meeting in Brussels next week, officials said.
            """);
        Assert.True(d.Has("REPRESENTS", "person:takeshi-iwaya", "country:jp"), d.Dump());
    }
}
