using RelationsGraph.Extraction.Knowledge;

namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// Heads of state and government since 1970 (and foreign ministers since 1990 of the largest economies) are known with the
/// state they served, as it then was, so a story that takes a leader's country as known still gives them their country.
/// </summary>
public class OfficeHoldersSince1970Tests
{
    [Theory]
    [InlineData("Helmut Schmidt", "DE")]
    [InlineData("Erich Honecker", "DD")]
    [InlineData("Leonid Brezhnev", "SU")]
    [InlineData("Ernesto Zedillo", "MX")]
    [InlineData("Zhu Rongji", "CN")]
    [InlineData("Yasuhiro Nakasone", "JP")]
    [InlineData("Alexander Downer", "AU")]
    [InlineData("Sam Nujoma", "NA")]
    [InlineData("Patricio Aylwin", "CL")]
    [InlineData("Goh Chok Tong", "SG")]
    [InlineData("Akbar Hashemi Rafsanjani", "IR")]
    [InlineData("Gro Harlem Brundtland", "NO")]
    public void ALeaderSince1970IsKnownWithTheStateTheyServed(string name, string iso) =>
        Assert.Contains(KnowledgeBase.Default.Lookup(name), e => e.Kind == GazetteerKind.Person && e.Iso2 == iso);

    [Theory]
    [InlineData("Anna Lindh", "SE")]
    [InlineData("Per Stig Møller", "DK")]
    [InlineData("Erkki Tuomioja", "FI")]
    [InlineData("Bronislaw Geremek", "PL")]
    [InlineData("Jiri Dienstbier", "CS")]
    [InlineData("Hamad bin Jassim Al Thani", "QA")]
    [InlineData("Tzipi Livni", "IL")]
    [InlineData("Lakshman Kadirgamar", "LK")]
    [InlineData("Surin Pitsuwan", "TH")]
    [InlineData("Seyoum Mesfin", "ET")]
    [InlineData("Felipe Pérez Roque", "CU")]
    [InlineData("Murray McCully", "NZ")]
    public void AForeignMinisterSince1990OfAStateBeyondTheG20IsKnown(string name, string iso) =>
        Assert.Contains(KnowledgeBase.Default.Lookup(name), e => e.Kind == GazetteerKind.Person && e.Iso2 == iso &&
                                                                e.Detail is "Foreign Minister" or "Foreign Secretary");

    [Theory]
    [InlineData("Kiro Gligorov", "MK")]
    [InlineData("Lennart Meri", "EE")]
    [InlineData("Árpád Göncz", "HU")]
    [InlineData("Glafcos Clerides", "CY")]
    [InlineData("Vigdis Finnbogadottir", "IS")]
    [InlineData("Tsakhiagiin Elbegdorj", "MN")]
    [InlineData("Cheddi Jagan", "GY")]
    [InlineData("Violeta Chamorro", "NI")]
    [InlineData("Lee Teng-hui", "TW")]
    [InlineData("Anerood Jugnauth", "MU")]
    public void AHeadOfAStateThinlyCoveredBeforeIsKnown(string name, string iso) =>
        Assert.Contains(KnowledgeBase.Default.Lookup(name), e => e.Kind == GazetteerKind.Person && e.Iso2 == iso);

    [Fact]
    public void AKnownForeignMinisterRepresentsHisCountryThoughTheStoryNamesNone()
    {
        var d = TestArticles.Extract("date 2003-09-02 Foreign Minister Jaime Gama welcomed his Cape Verdean counterpart Tomas Lobo in Evora " +
                                     "on Monday for talks on a fisheries accord between Portugal and Cape Verde.");
        Assert.True(d.Has("REPRESENTS", "person:jaime-gama", "country:pt"), d.Dump());
    }

    [Fact]
    public void AKnownChancellorRepresentsHisCountryThoughNoNationalityStandsBeforeHisName()
    {
        var d = TestArticles.Extract("date 1979-04-11 Chancellor Helmut Schmidt held talks with Finnish Prime Minister Valtteri Hokkanen in Tampere " +
                                     "on Tuesday on a ferry line between Germany and Finland.");
        Assert.True(d.Has("REPRESENTS", "person:helmut-schmidt", "country:de"), d.Dump());
    }

    [Fact]
    public void AnOfficeTheStoryDoesNotStateDoesNotDateIt()
    {
        // Primakov was foreign minister, then prime minister: with no office read from the text, his first listed office
        // must not pin the undated story to the one year it shares with Chernomyrdin's premiership.
        var d = TestArticles.Extract("""
            Moscow and Helsinki agree on lake shipping

            Prime Minister Viktor Chernomyrdin received the Finnish delegation in Moscow on Tuesday. Foreign Ministers Yevgeny Primakov and Aila Virtanen then signed the Saimaa Shipping Agreement.
            """);
        Assert.DoesNotContain(d.OfType("Agreement"), a => a.Name.Contains("1998"));
    }
}
