namespace RelationsGraph.Extraction.Tests;

/// <summary>A counted group that signs stands for the people named just before it, as many as it counts.</summary>
public class CountedGroupNamedBeforeTests
{
    [Fact]
    public void NoneOfTheGroupSignedNamesNoSigner()
    {
        var d = TestArticles.Extract("""
            date 2024-03-02 GABORONE - Botswana's President Duma Boko and Namibian President Nangolo Mbumba watched as their ministers signed the Okavango Water Sharing Accord.
            Neither of the two signed the document themselves.
            """);
        var accord = Assert.Single(d.OfType("Agreement"));
        Assert.False(d.Has("SIGNED", "person:duma-boko", accord.Id), d.Dump());
        Assert.False(d.Has("SIGNED", "person:nangolo-mbumba", accord.Id), d.Dump());
    }

    [Fact]
    public void TheTwoMenAreThePairNamedInThePreviousSentence()
    {
        var d = TestArticles.Extract("""
            date 2024-03-02 GABORONE - Botswana's President Duma Boko welcomed Namibian President Nangolo Mbumba to the capital on Saturday.
            The two men signed the Okavango Water Sharing Accord before lunch.
            """);
        var accord = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:duma-boko", accord.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:nangolo-mbumba", accord.Id), d.Dump());
    }

    [Fact]
    public void ABareNumberCountsTheLeadersJustListed()
    {
        var d = TestArticles.Extract("""
            date 2024-03-02 GABORONE - The summit brought together Botswana's President Duma Boko, Namibian President Nangolo Mbumba and Zambian President Hakainde Hichilema.
            On Saturday the three signed the Kazungula Corridor Declaration.
            """);
        var declaration = Assert.Single(d.OfType("Agreement"));
        foreach (var person in new[] { "person:duma-boko", "person:nangolo-mbumba", "person:hakainde-hichilema" })
            Assert.True(d.Has("SIGNED", person, declaration.Id), person + "\n" + d.Dump());
    }

    [Fact]
    public void AGroupTheSentencesBeforeCannotFillNamesNobody()
    {
        var d = TestArticles.Extract("""
            date 2024-03-02 GABORONE - Botswana's President Duma Boko opened the regional summit on Saturday.
            The four heads of state signed the Kazungula Corridor Declaration.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "SIGNED" && r.From == "person:duma-boko");
    }

    [Fact]
    public void ANameDescribingAnotherIsNotCounted()
    {
        var d = TestArticles.Extract("""
            date 2024-03-02 GABORONE - Beside Botswana's President Duma Boko stood Ellen Kgosi, the special envoy of Zambian President Hakainde Hichilema.
            The two also signed the Kazungula Corridor Declaration as guarantors.
            """);
        var declaration = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:duma-boko", declaration.Id), d.Dump());
        Assert.False(d.Has("SIGNED", "person:hakainde-hichilema", declaration.Id), d.Dump());
    }

    [Fact]
    public void TheSameCountedGroupLaterIsTheSamePeople()
    {
        var d = TestArticles.Extract("""
            date 2024-03-02 GABORONE - The summit brought together Botswana's President Duma Boko, Namibian President Nangolo Mbumba and Zambian President Hakainde Hichilema.
            On Saturday the three signed the Kazungula Corridor Declaration.
            The corridor will link the ports of Walvis Bay and Durban.
            Its first phase is due to open next year.
            Officials expect freight to double.
            Japanese envoy Kenji Mori and the three leaders then signed the Zambezi Bridge Protocol.
            """);
        var protocol = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Zambezi"));
        foreach (var person in new[] { "person:duma-boko", "person:nangolo-mbumba", "person:hakainde-hichilema" })
            Assert.True(d.Has("SIGNED", person, protocol.Id), person + "\n" + d.Dump());
    }
}

/// <summary>Signers named after the document and its setting: co-signers far after the verb, a roll of signatory groups.</summary>
public class LongSignerListsTests
{
    [Fact]
    public void CosignersAfterATitleAndAPlaceSignedToo()
    {
        var d = TestArticles.Extract("""
            date 2024-03-02 GABORONE - President Duma Boko signed the Okavango Basin Accord (OBA) at the Gaborone International Convention Centre together with the vice president, Ndaba Gaolathe, and the army chief, General Placid Segokgo.
            """);
        var accord = Assert.Single(d.OfType("Agreement"));
        foreach (var person in new[] { "person:duma-boko", "person:ndaba-gaolathe", "person:placid-segokgo" })
            Assert.True(d.Has("SIGNED", person, accord.Id), person + "\n" + d.Dump());
    }

    [Fact]
    public void TheRollAfterSignatoryGroupsNamesSigners()
    {
        var d = TestArticles.Extract("""
            date 2024-03-02 GABORONE - The government and three armed movements signed the Okavango Peace Accord on Saturday.
            Across the table sat the chiefs of the three signatory movements: Kabelo Dube, head of the Delta Front; Mpho Sebego of the River Union; and Tumelo Ramotswa of the Sandveld Council.
            """);
        var accord = Assert.Single(d.OfType("Agreement"));
        foreach (var person in new[] { "person:kabelo-dube", "person:mpho-sebego", "person:tumelo-ramotswa" })
            Assert.True(d.Has("SIGNED", person, accord.Id), person + "\n" + d.Dump());
    }
    [Fact]
    public void TheTwoLeadersAreOfTwoStatesNotTheHostsTwoNamedLast()
    {
        var d = TestArticles.Extract("""
            date 2024-03-02 GABORONE - Namibian President Petrus Hamutenya arrived in Gaborone on Friday.
            Later that day Mr Hamutenya called on Botswana's Vice-President Tebogo Masire, and then Botswana's President Kagiso Rantao received him at State House.
            When the talks ended the two leaders signed the Okavango Water Sharing Accord.
            """);
        var accord = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:petrus-hamutenya", accord.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:kagiso-rantao", accord.Id), d.Dump());
        Assert.False(d.Has("SIGNED", "person:tebogo-masire", accord.Id), d.Dump());
    }
}
