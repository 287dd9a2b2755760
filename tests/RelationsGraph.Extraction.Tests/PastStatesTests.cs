using RelationsGraph.Extraction.Knowledge;

namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// States of the past (the Soviet Union, Czechoslovakia, Yugoslavia, East Germany, Zaire, Rhodesia, South Yemen) are the
/// parties and the sides of the histories and retrospectives that name them: their officials represent them, not the states
/// that followed. A state that only changed its name (Dahomey, Siam, Ceylon) is the same state under its former name.
/// </summary>
public class PastStatesTests
{
    [Theory]
    [InlineData("USSR", "SU")]
    [InlineData("Czechoslovakia", "CS")]
    [InlineData("Federal Republic of Yugoslavia", "YU")]
    [InlineData("German Democratic Republic", "DD")]
    [InlineData("Zaire", "ZR")]
    // The Federal Republic before unification is the same state as today's Germany, under the name reports of its time gave it.
    [InlineData("West Germany", "DE")]
    [InlineData("Rhodesia", "RH")]
    [InlineData("South Yemen", "YD")]
    [InlineData("North Vietnam", "VD")]
    // The empires and kingdoms of the First World War's peace treaties are parties in their own name, not their successors.
    [InlineData("British Empire", "XE")]
    [InlineData("Ottoman Empire", "XO")]
    [InlineData("Sublime Porte", "XO")]
    [InlineData("Austria-Hungary", "XH")]
    [InlineData("Serb-Croat-Slovene State", "XS")]
    // A state renamed without a change of territory or continuity keeps one identity under both names.
    [InlineData("Dahomey", "BJ")]
    [InlineData("Upper Volta", "BF")]
    [InlineData("Siam", "TH")]
    [InlineData("Ceylon", "LK")]
    [InlineData("Persia", "IR")]
    [InlineData("Kampuchea", "KH")]
    [InlineData("United Arab Republic", "EG")]
    [InlineData("Irish Free State", "IE")]
    public void PastStatesAreKnownByTheirNames(string name, string iso) =>
        Assert.Contains(KnowledgeBase.Default.Lookup(name), e => e.Kind == GazetteerKind.Country && e.Iso2 == iso);

    [Fact]
    public void AnOfficialOfAPastStateRepresentsIt()
    {
        var d = TestArticles.Extract("date 1988-05-10 Czechoslovak Foreign Minister Pavel Brodsky and his Austrian counterpart, Karin Ebner, " +
                                     "signed a protocol on river traffic in Vienna on Tuesday.");
        Assert.True(d.Has("REPRESENTS", "person:pavel-brodsky", "country:cs"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:karin-ebner", "country:at"), d.Dump());
    }

    // A known leader of a past state is known as its office-holder, not as one of the state that followed it.
    [Theory]
    [InlineData("Mikhail Gorbachev", "SU")]
    [InlineData("Mobutu Sese Seko", "ZR")]
    public void ALeaderOfAPastStateIsKnownAsItsOfficeHolder(string name, string iso) =>
        Assert.Contains(KnowledgeBase.Default.Lookup(name), e => e.Kind == GazetteerKind.Person && e.Iso2 == iso);

    [Fact]
    public void AKnownLeaderOfAPastStateRepresentsIt()
    {
        var d = TestArticles.Extract("date 1990-03-14 President Mikhail Gorbachev received the Finnish prime minister, Aarne Lehtonen, in the Kremlin on Tuesday " +
                                     "for talks on border trade between Finland and the Soviet Union.");
        Assert.True(d.Has("REPRESENTS", "person:mikhail-gorbachev", "country:su"), d.Dump());
        Assert.False(d.Has("REPRESENTS", "person:mikhail-gorbachev", "country:ru"), d.Dump());
    }

    [Fact]
    public void ADelegateSigningForAnEmpireRepresentsTheEmpire()
    {
        var d = TestArticles.Extract("date 1921-04-12 Lord Edwin Marlow signed the Treaty of Varnholt for the British Empire, " +
                                     "and Count Tibor Halasz signed for Austria-Hungary at the Palace of Varnholt on Tuesday.");
        Assert.True(d.Has("REPRESENTS", "person:lord-edwin-marlow", "country:xe"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:tibor-halasz", "country:xh"), d.Dump());
    }

    // The Sublime Porte is the diplomatic style of the Ottoman state: who signs for it represents the empire.
    [Fact]
    public void ADelegateSigningForTheSublimePorteRepresentsTheOttomanEmpire()
    {
        var d = TestArticles.Extract("date 1841-06-02 Count Anton Verlach signed the Convention of Marvenburg for Austria, " +
                                     "and Halil Rifat Efendi signed for the Sublime Porte at the Marvenburg town hall on Tuesday.");
        Assert.True(d.Has("REPRESENTS", "person:halil-rifat-efendi", "country:xo"), d.Dump());
    }

    [Fact]
    public void TheSovietAdjectiveOfASuccessorsPastMakesNoParty()
    {
        var d = TestArticles.Extract("date 2021-05-10 Prime Minister Aida Karimova of Kazakhstan and Uzbek President Timur Rasulov signed a water agreement " +
                                     "in Tashkent on Monday, settling a quarrel over Soviet-era canals shared by the two former Soviet republics.");
        Assert.DoesNotContain(d.Entities, e => e.Id == "country:su");
    }
}
