namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "the Treaty on X, which A and B signed in Y on <date>": a relative clause whose subject names the signers tells the
/// older document's own signing, so that signing made it.
/// </summary>
public class SignersInARelativeClauseTests
{
    [Fact]
    public void AnOlderTreatyComesOutOfTheSigningItsRelativeClauseTells()
    {
        var d = TestArticles.Extract("""
            date 2024-03-02 President Oren Talvik of Marovia and Prime Minister Lisa Brenn of Velasia signed the Lemsk Accord on Saturday at a ceremony in Lemsk.
            The new accord builds on the Treaty on River Trade and Friendship, which President Arvo Kessen and President Ida Varga signed in Tarsk on 14 June 1994.
            """);
        var charter = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("River Trade"));
        var producer = Assert.Single(d.Relationships, r => r.Type == "PRODUCED" && r.To == charter.Id);
        Assert.StartsWith("1994-06-14", d.Entity(producer.From).Date);
    }
}
