namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// Signers named after the verb ("Among those who signed were A and B", "signed it on Monday: A, B and C") or through a
/// relative ("the two ministers, A and B, who signed it"): each is a signer of the document told last.
/// </summary>
public class SignersListedTests
{
    private const string Opening = """
        date 2023-05-08 Leaders of the Andean bloc adopted a charter on river pollution at a summit in La Paz on Monday.

        """;

    [Theory]
    [InlineData("Among those who signed on Monday evening were Bolivia's President Luis Arce; Peru's President Dina Boluarte; and Ecuador's President Guillermo Lasso.")]
    [InlineData("Among the presidents who signed were Bolivia's President Luis Arce, Peru's President Dina Boluarte and Ecuador's President Guillermo Lasso.")]
    [InlineData("Only three presidents signed it on Monday: Bolivia's President Luis Arce, Peru's President Dina Boluarte and Ecuador's President Guillermo Lasso.")]
    public void EveryListedNameSigned(string sentence)
    {
        var d = TestArticles.Extract(Opening.Replace("a charter", "a declaration") + sentence);
        var agreement = Assert.Single(d.OfType("Agreement"));
        foreach (var person in new[] { "person:luis-arce", "person:dina-boluarte", "person:guillermo-lasso" })
            Assert.True(d.Has("SIGNED", person, agreement.Id), d.Dump());
    }

    [Fact]
    public void TheNamesARelativeHangsOnSigned()
    {
        var d = TestArticles.Extract(Opening.Replace("a charter", "a declaration") +
            "It sets up a river commission and a fund, to be run by the two environment ministers, Bolivian Environment Minister Alan Lisperguer and Peruvian Environment Minister Albina Ruiz, who signed it.");
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:alan-lisperguer", agreement.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:albina-ruiz", agreement.Id), d.Dump());
    }

    [Theory]
    [InlineData("Among those who signed were later questioned by Bolivia's President Luis Arce.")]
    [InlineData("Bolivia's President Luis Arce, who did not sign it, left early.")]
    [InlineData("Bolivia's President Luis Arce met Peru's President Dina Boluarte, who said she signed with reservations.")]
    public void NoListNoRelativeNoSigner(string sentence)
    {
        var d = TestArticles.Extract(Opening.Replace("a charter", "a declaration") + sentence);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "SIGNED" && r.From == "person:luis-arce");
    }
}
