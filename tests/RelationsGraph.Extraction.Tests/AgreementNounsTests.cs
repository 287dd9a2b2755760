namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// Document nouns beyond "agreement" and "treaty": a ceasefire made by a verb, an exchange of letters, a known treaty's
/// acronym (merged with the title it spells), and a place-named plural ("the Lusaka accords").
/// </summary>
public class AgreementNounsTests
{
    [Fact]
    public void ACeasefireAgreedAtTalksIsAnAgreement()
    {
        var d = TestArticles.Extract("""
            date 2024-03-05 President Paul Kagame and President Felix Tshisekedi held talks in Luanda on Tuesday.
            At the talks, Rwanda and the Democratic Republic of Congo agreed on Tuesday to an immediate ceasefire along the border.
            """);
        Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("ceasefire", StringComparison.Ordinal));
    }

    [Fact]
    public void ACeasefireCalledForOrHeldIsNoDocument()
    {
        var d = TestArticles.Extract("""
            date 2024-03-05 President Paul Kagame and President Felix Tshisekedi held talks in Luanda on Tuesday.
            The two presidents called for a ceasefire in the east, and ceasefire talks will resume next month.
            The truce held through the weekend.
            """);
        Assert.Empty(d.OfType("Agreement"));
    }

    [Fact]
    public void AnExchangeOfNotesSignedIsAnAgreement()
    {
        var d = TestArticles.Extract("""
            date 2023-06-14 Foreign Minister Penny Wong met Foreign Minister Vivian Balakrishnan in Singapore on Wednesday.
            The two ministers signed an exchange of notes on the joint training area in Queensland.
            """);
        var exchange = Assert.Single(d.OfType("Agreement"));
        Assert.Contains("exchange of notes", exchange.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAcronymToldAfterItsTitleIsTheSameDocument()
    {
        var d = TestArticles.Extract("""
            date 2019-05-20 Prime Minister Justin Trudeau met President Andres Manuel Lopez Obrador in Mexico City on Monday.
            The two leaders recalled the North American Free Trade Agreement, which took effect in 1994.
            Trudeau said NAFTA had opened new markets for Canadian farmers.
            """);
        Assert.Single(d.OfType("Agreement"));
    }

    [Fact]
    public void AnAcronymGlossedInBracketsIsTheDocumentItFollows()
    {
        var d = TestArticles.Extract("""
            date 2019-02-10 President Cyril Ramaphosa met President Paul Kagame in Kigali on Sunday.
            The two presidents signed the agreement on the African free trade area (AfCFTA) in Kigali.
            Ramaphosa said the AfCFTA would double trade within the continent.
            """);
        Assert.Single(d.OfType("Agreement"));
    }

    [Fact]
    public void AnAcronymAfterANamingWordRenamesTheDocumentBeforeIt()
    {
        var d = TestArticles.Extract("""
            date 2019-02-10 President Cyril Ramaphosa met President Paul Kagame in Kigali on Sunday.
            The two presidents signed a free trade agreement for the continent in Kigali.
            The agreement, known in the capitals by its acronym AfCFTA, will double trade within the continent.
            """);
        Assert.Single(d.OfType("Agreement"));
    }

    [Fact]
    public void ASignedTitledPartnershipIsTheDocumentItsAcronymNames()
    {
        var d = TestArticles.Extract("""
            date 2020-11-15 Prime Minister Nguyen Xuan Phuc and Premier Li Keqiang met in Hanoi on Sunday.
            The two leaders signed the Regional Comprehensive Economic Partnership in Hanoi on Sunday.
            "RCEP opens a new chapter for the region," Phuc said.
            """);
        Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Regional Comprehensive Economic Partnership", StringComparison.Ordinal));
        Assert.Single(d.OfType("Agreement"));
    }

    [Fact]
    public void ADatedTitledInitiativeIsADocumentAPolicyInitiativeIsNot()
    {
        var d = TestArticles.Extract("""
            date 2023-05-18 King Abdullah II received President Abdel Fattah al-Sisi in Amman on Thursday.
            The two leaders restated their support for the Arab Peace Initiative of 2002.
            Egypt joined the Belt and Road Initiative years ago.
            """);
        Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Arab Peace Initiative", StringComparison.Ordinal));
        Assert.DoesNotContain(d.OfType("Agreement"), a => a.Name.Contains("Belt", StringComparison.Ordinal));
    }

    [Fact]
    public void AProgrammeSignedIsADocumentAProgrammeLaunchedIsNot()
    {
        var d = TestArticles.Extract("""
            date 2022-09-07 President Gabriel Boric met President Alberto Fernandez in Santiago on Wednesday.
            The two presidents signed a programme of cultural exchanges for 2023.
            Chile also launched a programme to plant trees in the north.
            """);
        Assert.Single(d.OfType("Agreement"));
    }

    [Fact]
    public void AnAcronymAloneNamesTheKnownTreaty()
    {
        var d = TestArticles.Extract("""
            date 2019-05-20 Prime Minister Justin Trudeau met President Andres Manuel Lopez Obrador in Mexico City on Monday.
            The leaders recalled how much cross-border trade grew after NAFTA took effect in 1994.
            """);
        Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("NAFTA", StringComparison.Ordinal));
    }

    [Fact]
    public void APlaceNamedPluralIsOneSetOfDocuments()
    {
        var d = TestArticles.Extract("""
            date 2021-08-02 President Hage Geingob received President Joao Lourenco in Windhoek on Monday.
            Namibia and Angola said the Lusaka accords of 1994 still guided the region.
            """);
        var accords = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Lusaka accords", StringComparison.Ordinal));
        Assert.True(d.Has("PARTY_TO", "country:na", accords.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:zm", accords.Id), d.Dump());
    }
}

/// <summary>"A signed for X and B for Y": the second name signed too, with the verb left out.</summary>
public class GappedSigningTests
{
    [Fact]
    public void BothNamesOfAGappedSigningSigned()
    {
        var d = TestArticles.Extract("""
            date 2019-09-12 President Salva Kiir and Riek Machar met in Juba on Thursday.
            At the meeting in Juba, the two men signed a peace agreement on Thursday.
            Salva Kiir signed for the government and Riek Machar for the opposition.
            """);
        var deal = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:salva-kiir", deal.Id) && d.Has("SIGNED", "person:riek-machar", deal.Id), d.Dump());
    }
}

/// <summary>"Plant No. 3": a numbered name inside a document's topic does not end the list of documents signed.</summary>
public class NumberedTopicTests
{
    [Fact]
    public void DocumentsListedAfterANumberedTopicAreAllFound()
    {
        var d = TestArticles.Extract("""
            date 2023-10-04 President Kassym-Jomart Tokayev met President Shavkat Mirziyoyev in Tashkent on Wednesday.
            At the talks, the two presidents signed an agreement on the repair of Hydropower Station No. 2, an agreement on rail freight tariffs, and a separate agreement on border crossings.
            """);
        Assert.Equal(3, d.OfType("Agreement").Count());
    }

    [Fact]
    public void ACommuniqueTheSidesIssueIsAnAgreement()
    {
        var d = TestArticles.Extract("""
            date 2022-09-08 Foreign Minister Arvid Kessel met Foreign Minister Tomas Varga in Marenholt on Thursday.
            When the talks closed, both ministers issued a communiqué on fishing rights in the Orava Sea.
            """);
        Assert.Single(d.OfType("Agreement"));
    }

    [Fact]
    public void ACommuniqueThatOnlyPointsBackIsNoNewDocument()
    {
        var d = TestArticles.Extract("""
            date 2022-09-08 Foreign Minister Arvid Kessel met Foreign Minister Tomas Varga in Marenholt on Thursday.
            The ministry said in its communiqué that the talks had been frank.
            """);
        Assert.Empty(d.OfType("Agreement"));
    }

    [Fact]
    public void ATrilateralStatementSignedIsAJointStatement()
    {
        var d = TestArticles.Extract("""
            date 2021-04-12 President Marta Olen, President Ivo Drasko and President Kemal Aydar met in Selvana on Monday.
            The three presidents signed the trilateral statement on the reopening of the Drava crossing.
            """);
        Assert.Single(d.OfType("Agreement"));
    }

    [Fact]
    public void AFinalStatementOfTalksIsAJointStatement()
    {
        var d = TestArticles.Extract("""
            date 2021-04-12 Foreign Minister Marta Olen met Foreign Minister Ivo Drasko in Selvana on Monday.
            The talks ended with a final statement on the return of displaced families.
            """);
        Assert.Single(d.OfType("Agreement"));
    }

    [Fact]
    public void AJointAnnouncementIssuedIsAJointStatement()
    {
        var d = TestArticles.Extract("""
            date 2021-04-12 Prime Minister Marta Olen met Prime Minister Ivo Drasko in Selvana on Monday.
            Both leaders issued a joint announcement asking their trade ministries to begin work on a customs pact.
            """);
        Assert.Single(d.OfType("Agreement"));
    }

    [Fact]
    public void ARoadMapAgreedIsAPlan()
    {
        var d = TestArticles.Extract("""
            date 2021-04-12 Foreign Minister Marta Olen met Foreign Minister Ivo Drasko in Selvana on Monday.
            The two ministers agreed a road map for reopening the border crossings at Pell and Varnos.
            """);
        Assert.Single(d.OfType("Agreement"));
    }

    [Fact]
    public void APlanBIsNoDocument()
    {
        var d = TestArticles.Extract("""
            date 2021-04-12 Prime Minister Marta Olen met Prime Minister Ivo Drasko in Selvana on Monday.
            Officials in Selvana said they had agreed on a Plan B in case the harbour talks collapse.
            """);
        Assert.Empty(d.OfType("Agreement"));
    }
}
