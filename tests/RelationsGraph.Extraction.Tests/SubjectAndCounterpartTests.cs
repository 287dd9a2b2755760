namespace RelationsGraph.Extraction.Tests;

/// <summary>One state as the subject of the making verb and the state named by "with" after the document are its two sides.</summary>
public class SubjectAndCounterpartTests
{
    [Fact]
    public void TheCounterpartAfterWithIsTheOtherSideNotTheStateOfTheLaterStop()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 Portuguese Prime Minister Tomas Valente held talks with Ghanaian President Kwame Asare in Accra on Tuesday, the last stop of a tour of the coast.
            The two leaders signed a memorandum on cocoa research.
            Valente opened the tour on Sunday in Saint-Louis, where Portugal signed a memorandum on fishing licences with Senegal before flying to Ghana.
            """);
        var licences = d.OfType("Agreement").Single(a => d.Has("PARTY_TO", "country:sn", a.Id));
        Assert.True(d.Has("PARTY_TO", "country:pt", licences.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:gh", licences.Id), d.Dump());
    }
}
