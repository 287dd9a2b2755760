namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A signing the sentence dates apart from every meeting of the story is an act of its own: it is built as a signing held
/// on that date, at the place the sentence names, attended by its signers, and it made the document (see SigningDatedApart).
/// </summary>
public class SigningDatedApartTests
{
    private const string Story = """
        date 2024-09-20 President William Ruto of Kenya and President Samia Suluhu Hassan of Tanzania held talks in Arusha on Thursday.
        The two leaders discussed trade, fisheries and the shared border.
        """;

    [Fact]
    public void AMinisterWhoSignedLastMonthAttendedASigningOfHerOwn()
    {
        var d = TestArticles.Extract(Story + "Last month, Trade Minister Rebecca Miano signed an arrangement on fisheries in Dodoma.\n");
        var agreement = Assert.Single(d.OfType("Agreement"));
        var produced = Assert.Single(d.Relationships, r => r.Type == "PRODUCED" && r.To == agreement.Id);
        var signing = d.Entity(produced.From);
        Assert.Equal("signing", signing.Kind);
        Assert.Equal("2024-08", signing.Date);
        Assert.Contains(d.Relationships, r => r.Type == "HELD_IN" && r.From == signing.Id && r.To == "place:dodoma");
        Assert.Contains(d.Relationships, r => r.Type == "ATTENDED" && r.To == signing.Id && r.From == "person:rebecca-miano");
    }

    /// <summary>Guard: passes with the rule off too (the meeting stage builds a signing whose sentence opens with its day).</summary>
    [Fact]
    public void ASigningOpenedByItsDayStaysTheMeetingStagesOwn()
    {
        var d = TestArticles.Extract(Story + "On 3 July, Ruto and Hassan signed a border agreement in Dodoma, which set up a joint commission.\n");
        var agreement = Assert.Single(d.OfType("Agreement"));
        var produced = Assert.Single(d.Relationships, r => r.Type == "PRODUCED" && r.To == agreement.Id);
        Assert.Equal("2024-07-03", d.Entity(produced.From).Date);
        Assert.Single(d.OfType("Meeting"), m => m.Date == "2024-07-03");
    }

    /// <summary>Guard: passes with the rule off too; a signing only planned for another month builds nothing.</summary>
    [Fact]
    public void APlannedSigningIsNoSigningHeld()
    {
        var d = TestArticles.Extract(Story + "Ruto and Hassan are expected to sign a border agreement in Dodoma in December.\n");
        Assert.DoesNotContain(d.OfType("Meeting"), m => m.Kind == "signing" && m.Status == "held");
    }
}
