namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// The clause that tells a document was made dates it, however the reference is written: after the sides its phrase names
/// ("the treaty with X that A and B signed in 1979"), through an appositive inside the clause's subject ("which A and his
/// predecessor, B, signed in 1998"); and a day of the story's week told first dates the making before a year further on.
/// </summary>
public class AgreementMakingClauseYearTests
{
    [Fact]
    public void TheClauseAfterTheSidesOfThePhraseDatesTheDocument()
    {
        var d = TestArticles.Extract("""
            date 2011-05-19 President Issa Kondo of Mali and President Remi Tapsoba of Burkina Faso met in Bamako on Thursday.

            For Mali, the new pact is the third border accord with a neighbour, after the water treaty with Niger that Mr. Kondo and Hama Sidibe signed in the town of Tessit in March 2004.
            """);
        var treaty = Assert.Single(d.OfType("Agreement"), a => a.Year == 2004);
        Assert.Contains(d.Relationships, r => r.Type == "PARTY_TO" && r.From == "country:ne" && r.To == treaty.Id);
    }

    [Fact]
    public void AnAppositiveNameInsideTheRelativeSubjectKeepsTheClause()
    {
        var d = TestArticles.Extract("""
            date 2012-09-06 President Luis Quispe of Peru and President Andres Vela of Ecuador signed a fisheries memorandum in Lima on Thursday.

            The new text mostly restates pledges made in the Zarumilla Coast Memorandum, which Mr Vela and Mr Quispe's predecessor, Jorge Salas, signed in Quito in August 2008 but which was never carried out.
            """);
        var older = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Zarumilla Coast Memorandum"));
        Assert.Equal(2008, older.Year);
    }

    [Fact]
    public void AWeekdayToldFirstDatesTheMakingBeforeAYearFurtherOn()
    {
        var d = TestArticles.Extract("""
            # Island factions sign accord

            *Posted 14 July 1991 by a staff writer*

            The leaders of the two island factions put their names to a pact in Kavieng before dawn on Saturday meant to end three years of fighting, promising the islanders a vote on their future in 2001.
            """, "a.md");
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.NotEqual(2001, agreement.Year);
    }

    [Fact]
    public void ADateAfterAnotherNounsParticipleIsNotTheDocuments()
    {
        var d = TestArticles.Extract("""
            date 2019-06-04 President Diego Ferreyra of Uruguay and President Hugo Benitez Ayala of Paraguay met in Montevideo on Tuesday.

            The real turning point came on 12 March, when Mr Benitez flew to Montevideo and signed an accord there with Mr Ferreyra putting a joint river code, written in 2006 but shelved for years, before both congresses.
            """);
        Assert.DoesNotContain(d.OfType("Agreement"), a => a.Year == 2006);
    }
}
