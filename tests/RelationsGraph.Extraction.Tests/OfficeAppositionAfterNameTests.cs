namespace RelationsGraph.Extraction.Tests;

/// <summary>"X, the US Secretary of State, said": an office phrase in apposition after a name makes it a person, with the phrase's country.</summary>
public class OfficeAppositionAfterNameTests
{
    private const string Opening = "date 2024-09-12 Leaders of the region met in Nairobi on Thursday to discuss a new water-sharing plan. ";

    [Fact]
    public void ACapitalisedOfficeWithACountryBeforeItMakesAPersonOfThatCountry()
    {
        var d = TestArticles.Extract(Opening + "Orla Penhallow, the US Secretary of Commerce, said the plan was sound.");
        Assert.True(d.Has("REPRESENTS", "person:orla-penhallow", "country:us"), d.Dump());
    }

    [Fact]
    public void TheCountryAfterOfTheOfficeNounIsTheOnesItIsHeldFor()
    {
        var d = TestArticles.Extract(Opening + "Kwabena Asamoah-Frimpong, the President of Ghana, who chairs the group this year, opened the session.");
        Assert.True(d.Has("REPRESENTS", "person:kwabena-asamoah-frimpong", "country:gh"), d.Dump());
    }

    [Fact]
    public void ACountrysPossessiveBeforeTheOfficeGivesTheCountry()
    {
        var d = TestArticles.Extract(Opening + "Beside him sat Tamsin Rowe, Australia's Minister for Pacific Affairs, who arrived on Wednesday.");
        Assert.True(d.Has("REPRESENTS", "person:tamsin-rowe", "country:au"), d.Dump());
    }

    [Fact]
    public void ALeadersPossessiveBeforeALowerCaseOfficeStillShowsAPerson()
    {
        var d = TestArticles.Extract(Opening + "Dario Velkan, President Mirna Oslo's national security adviser, told reporters the plan would pass.");
        Assert.Contains(d.Entities, e => e.Type == "Person" && e.Name == "Dario Velkan");
    }

    [Fact]
    public void ANameEndingInAPlaceWordIsAPersonWhenAnOfficeDefinesIt()
    {
        var d = TestArticles.Extract(Opening + "Marcus Lake, the American special envoy, sat in the front row.");
        Assert.Contains(d.Entities, e => e.Type == "Person" && e.Name == "Marcus Lake");
        Assert.DoesNotContain(d.Entities, e => e.Type == "Place" && e.Name == "Marcus Lake");
    }

    [Fact]
    public void APlaceDescribedWithoutAnOfficeNounStaysAPlace()
    {
        var d = TestArticles.Extract(Opening + "The delegates later drove to Karuma Lake, the largest reservoir in the district, for a site visit.");
        Assert.DoesNotContain(d.Entities, e => e.Type == "Person" && e.Name == "Karuma Lake");
    }

    [Fact]
    public void AShortCountryFirstOfficeNeedsNoClosingComma()
    {
        var d = TestArticles.Extract(Opening + "The draft went to Tove Brannlund, Norway's foreign secretary and a veteran of such talks, on Monday.");
        Assert.Contains(d.Entities, e => e.Type == "Person" && e.Name == "Tove Brannlund");
        Assert.DoesNotContain(d.Entities, e => e.Type == "Place" && e.Name == "Tove Brannlund");
        Assert.True(d.Has("REPRESENTS", "person:tove-brannlund", "country:no"), d.Dump());
    }

    [Fact]
    public void ACapitalisedTitleWithNoDeterminerIsTheNextPersonInAList()
    {
        var d = TestArticles.Extract(Opening + "Present were Lina Moravec, President Tomas Halloran and the hosts.");
        Assert.DoesNotContain(d.Entities, e => e.Type == "Person" && e.Name == "Lina Moravec" && e.Roles is { Count: > 0 });
    }

    [Fact]
    public void APortfolioForAPlaceClosedByAPlainNounStaysInTheTitle()
    {
        var d = TestArticles.Extract(Opening + "The text was initialled by Corin Haldane, the Canadian special representative for Sahel stabilisation, and by two local chiefs.");
        Assert.True(d.Has("REPRESENTS", "person:corin-haldane", "country:ca"), d.Dump());
    }

    [Fact]
    public void APlainVerbAfterThePortfolioIsNoPartOfIt()
    {
        var d = TestArticles.Extract(Opening + "Corin Haldane, the Canadian special representative for Mali said nothing more on Friday.");
        Assert.False(d.Has("REPRESENTS", "person:corin-haldane", "country:ml"), d.Dump());
    }

    [Fact]
    public void AnOfficeHeldThenStillNamesTheCountry()
    {
        var d = TestArticles.Extract(Opening + "The earlier protocol was signed by Edmund Farrow-Lisle, then Ireland's minister for European affairs, and by a Dutch aide.");
        Assert.True(d.Has("REPRESENTS", "person:edmund-farrow-lisle", "country:ie"), d.Dump());
    }

    [Fact]
    public void AnAllLowerCasePortfolioClosedByACommaStaysInTheTitle()
    {
        var d = TestArticles.Extract(Opening + "Wendeline Ostrova, the Czech special envoy for water security, told reporters the plan was fair.");
        Assert.True(d.Has("REPRESENTS", "person:wendeline-ostrova", "country:cz"), d.Dump());
    }

    [Fact]
    public void ALowerCasePortfolioRunningIntoTheClauseIsNoTitle()
    {
        var d = TestArticles.Extract(Opening + "Wendeline Ostrova, the Czech special envoy for water security talks said nothing on Friday.");
        Assert.Contains(d.Entities, e => e.Type == "Person" && e.Name == "Wendeline Ostrova");
    }

    // A post that is no office by its noun alone ("commissioner", "chairman", "chief negotiator") is one of state when the
    // apposition gives it a country; a profession with a country stays no office.
    [Fact]
    public void APostTheAppositionGivesACountryIsAnOfficeOfThatCountry()
    {
        var d = TestArticles.Extract(Opening + "Hamid Osoro, then Tanzania's commissioner for water resources, drafted the first text. " +
                                     "Priya Venn, the British high commissioner in Nairobi, and Odile Marchetti, Kenya's chief negotiator, attended.");
        Assert.True(d.Has("REPRESENTS", "person:hamid-osoro", "country:tz"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:priya-venn", "country:gb"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:odile-marchetti", "country:ke"), d.Dump());
    }

    [Fact]
    public void AProfessionWithACountryIsNoOffice()
    {
        var d = TestArticles.Extract(Opening + "Samir Bakhit, Kenya's best-known economist, said the plan was too costly.");
        Assert.DoesNotContain(d.Relationships, r => r.Type == "REPRESENTS" && r.From == "person:samir-bakhit");
    }
    [Fact]
    public void TwoCapitalisedOfficesJoinedByAndStillMakeAPersonOfTheCountry()
    {
        var d = TestArticles.Extract(Opening + "Teodor Vashko, the Norwegian Prime Minister and Foreign Minister, who was hosting the gathering, opened the session.");
        Assert.Contains(d.Entities, e => e.Type == "Person" && e.Name == "Teodor Vashko");
        Assert.True(d.Has("REPRESENTS", "person:teodor-vashko", "country:no"), d.Dump());
    }

    [Fact]
    public void ASecondOfficeWithItsPortfolioAfterAndIsPartOfTheApposition()
    {
        var d = TestArticles.Extract(Opening + "Rafe Dunmore, the Chilean Deputy Prime Minister and Minister of Finance, said the plan was sound.");
        Assert.True(d.Has("REPRESENTS", "person:rafe-dunmore", "country:cl"), d.Dump());
    }
}
