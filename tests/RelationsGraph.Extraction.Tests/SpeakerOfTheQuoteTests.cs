namespace RelationsGraph.Extraction.Tests;

/// <summary>An opening "He"/"She" after a quotation attributed to a named speaker continues that speaker.</summary>
public class SpeakerOfTheQuoteTests
{
    [Fact]
    public void ThePronounAfterAnAttributedQuotationIsTheSpeaker()
    {
        var d = TestArticles.Extract("""
            date 2020-10-03 PELLAR, Oct 3 (Wire) - Foreign Minister Dario Veltrano of Casmera signed a fisheries accord in Pellar on Saturday.
            "Our boats have waited for this accord through three winters," Veltrano said at the quayside.
            He then met President Hanne Solvik of Pellaria at her residence.
            """);
        var talks = Assert.Single(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:hanne-solvik", m.Id));
        Assert.True(d.Has("ATTENDED", "person:dario-veltrano", talks.Id), d.Dump());
    }
}
