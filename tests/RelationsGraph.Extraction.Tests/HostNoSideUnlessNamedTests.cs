namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "C's president hosted talks between A and B; an agreement was reached at the talks": the host's state is no side of the
/// agreement unless the host signs it (or its sentences name that state); the two guests' states are.
/// </summary>
public class HostNoSideUnlessNamedTests
{
    private const string Talks = "date 2016-03-14 KASANE — President Festus Ramotse of Botswana hosted talks in Kasane between President Tomas Lekgari of Malawi and President Orin Mwelwa of Zambia.\n";

    [Fact]
    public void TheHostOfTalksIsNoSideUnlessTheHostSigns()
    {
        var d = TestArticles.Extract("Neighbours settle river dispute\n\n" + Talks +
            "An agreement on the river was reached at the talks on Monday.\nLekgari called the agreement fair.");
        Assert.Contains(d.Relationships, r => r.Type == "PARTY_TO" && r.From == "country:mw");
        Assert.Contains(d.Relationships, r => r.Type == "PARTY_TO" && r.From == "country:zm");
        Assert.DoesNotContain(d.Relationships, r => r.Type == "PARTY_TO" && r.From == "country:bw");

        var signed = TestArticles.Extract("Neighbours settle river dispute\n\n" + Talks +
            "An agreement on the river was reached at the talks on Monday, and Lekgari, Mwelwa and Ramotse signed it.\nLekgari called the agreement fair.");
        Assert.Contains(signed.Relationships, r => r.Type == "PARTY_TO" && r.From == "country:bw");
    }
}
