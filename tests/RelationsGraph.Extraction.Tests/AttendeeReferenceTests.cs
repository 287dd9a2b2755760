namespace RelationsGraph.Extraction.Tests;

/// <summary>People named by office alone, and sittings of a gathering.</summary>
public class OfficeReferenceAttendanceTests
{
    [Fact]
    public void TheKenyanPresidentAtTheStartOfASentenceIsThePresidentNamedBefore()
    {
        var d = TestArticles.Extract("""
            date 2025-03-04 Kenyan President William Ruto arrived in Addis Ababa on Monday for a two-day visit.
            The Kenyan president held talks with Ethiopian Prime Minister Abiy Ahmed on Tuesday.
            """);
        // The visit's host attends it too (HeadOfTheVisitedState): the talks are the meeting of another kind.
        var talks = d.OfType("Meeting").Single(m => m.Kind != "visit" && d.Has("ATTENDED", "person:abiy-ahmed", m.Id));
        Assert.True(d.Has("ATTENDED", "person:william-ruto", talks.Id), d.Dump());
    }

    [Fact]
    public void TheSessionIsASittingOfTheSummitUnderDiscussion()
    {
        var d = TestArticles.Extract("""
            date 2018-03-22 African leaders signed a free trade agreement at an extraordinary African Union summit in Kigali on Wednesday.
            Rwandan President Paul Kagame hosted a dinner for the delegations in 2015 in Johannesburg.
            Ghanaian President Nana Akufo-Addo opened the session with a short address.
            """);
        var summit = d.OfType("Meeting").Single(m => m.Aliases.Any(a => a.Contains("African Union")));
        Assert.True(d.Has("ATTENDED", "person:nana-akufo-addo", summit.Id), d.Dump());
    }
}

/// <summary>A pronoun subject continuing the previous sentence's subject, for meetings only.</summary>
public class PronounSubjectTests
{
    [Fact]
    public void HeAtTheStartOfASentenceIsThePreviousSubject()
    {
        var d = TestArticles.Extract("""
            date 2025-03-04 Kenyan President William Ruto arrived in Addis Ababa on Monday for a two-day visit.
            He later met Ethiopian President Taye Atske Selassie at the National Palace.
            """);
        var talks = d.OfType("Meeting").Single(m => m.Kind != "visit" && d.Has("ATTENDED", "person:taye-atske-selassie", m.Id));
        Assert.True(d.Has("ATTENDED", "person:william-ruto", talks.Id), d.Dump());
        Assert.DoesNotContain("He", d.Entity("person:william-ruto").Aliases);
    }

    [Fact]
    public void AChainOfPronounSubjectsKeepsTheFirstSubject()
    {
        var d = TestArticles.Extract("""
            date 2025-05-12 Chilean President Marisol Quintanar arrived in Lima on Monday for a three-day visit.
            She toured the container port at Callao in the afternoon.
            On Tuesday she held talks with Peruvian President Ernesto Valcarcel at the Government Palace.
            """);
        var talks = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:ernesto-valcarcel", m.Id));
        Assert.True(d.Has("ATTENDED", "person:marisol-quintanar", talks.Id), d.Dump());
    }

    [Fact]
    public void FromThereOpensTheNextLegOfThePreviousSubject()
    {
        var d = TestArticles.Extract("""
            date 2025-05-12 Kenyan President Daniel Mwangale arrived in Kampala on Monday for a state visit.
            From there he flies to Kigali for talks with Rwandan President Jean-Paul Habineza.
            """);
        var talks = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:jean-paul-habineza", m.Id));
        Assert.True(d.Has("ATTENDED", "person:daniel-mwangale", talks.Id), d.Dump());
    }

    [Fact]
    public void APronounInAFrontedPhrasePointsForwardToTheNamedSubject()
    {
        var d = TestArticles.Extract("""
            date 2025-05-12 Peruvian President Ernesto Valcarcel met Chilean President Marisol Quintanar in Lima on Monday.
            In a statement issued after he met Bolivian President Tomas Arandia, Brazilian Foreign Minister Paulo Teixeira said the region was united.
            """);
        Assert.False(d.Has("ATTENDED", "person:ernesto-valcarcel", d.OfType("Meeting").FirstOrDefault(m => d.Has("ATTENDED", "person:tomas-arandia", m.Id))?.Id ?? ""), d.Dump());
    }

    [Fact]
    public void APronounAfterAQuotationIsNotResolved()
    {
        var d = TestArticles.Extract("""
            date 2025-03-04 "We welcome Ruto," said Ethiopian Foreign Minister Gedion Timothewos on Monday.
            He later met Ethiopian President Taye Atske Selassie at the National Palace.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "ATTENDED" && r.From == "person:gedion-timothewos");
    }
}

/// <summary>A family name after a preposition is the person the article named in full, not a place.</summary>
public class SurnameAfterPrepositionTests
{
    [Fact]
    public void SpokeToSurnameByPhoneMakesACallWithThatPerson()
    {
        var d = TestArticles.Extract("""
            date 2023-02-28 British Prime Minister Rishi Sunak unveiled the deal in Windsor on Monday.
            Irish Prime Minister Leo Varadkar spoke to Sunak by phone on Monday evening.
            """);
        var call = d.OfType("Meeting").Single(m => m.Kind == "phone_call");
        Assert.True(d.Has("ATTENDED", "person:rishi-sunak", call.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:leo-varadkar", call.Id), d.Dump());
        Assert.DoesNotContain(d.OfType("Place"), p => p.Name == "Sunak");
    }

    [Fact]
    public void AnUnknownPlaceThatIsNoOnesNameStaysAPlace()
    {
        var d = TestArticles.Extract("""
            date 2023-02-28 British Prime Minister Rishi Sunak met Irish Prime Minister Leo Varadkar in Ballymena on Monday.
            """);
        Assert.Contains(d.OfType("Place"), p => p.Name == "Ballymena");
    }
}
