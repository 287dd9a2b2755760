namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// Signings told with a generic "document", a relative clause inside the subject, a counterpart in apposition, or a scene
/// of signing told over several sentences (members named after the group, followers after the members).
/// </summary>
public class GenericDocumentSigningTests
{
    [Fact]
    public void AGenericDocumentSignedIsTheStorysDocument()
    {
        var d = TestArticles.Extract("""
            date 2021-11-06 Georgia and Armenia signed a transit agreement in the Black Sea port of Batumi on Friday.
            Georgian Economy Minister Levan Davitashvili and Armenian Economy Minister Vahan Kerobyan signed a document in the port authority building on Friday evening, November 5, setting out tariffs for rail freight.
            """);
        var deal = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:levan-davitashvili", deal.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:vahan-kerobyan", deal.Id), d.Dump());
    }

    [Fact]
    public void ACounterpartInAppositionSignedWithTheFirstName()
    {
        var d = TestArticles.Extract("""
            date 2021-11-06 Georgia and Armenia signed a transit agreement in the Black Sea port of Batumi on Friday.
            Georgian Economy Minister Levan Davitashvili and his Armenian counterpart, Vahan Kerobyan, put their names to the document on Friday evening, November 5.
            """);
        var deal = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:levan-davitashvili", deal.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:vahan-kerobyan", deal.Id), d.Dump());
    }

    [Fact]
    public void ACounterpartNamedWithoutACommaSignedWithTheFirstName()
    {
        var d = TestArticles.Extract("""
            date 2021-11-06 Georgia and Armenia signed a transit agreement in the Black Sea port of Batumi on Friday.
            Georgian Economy Minister Levan Davitashvili and his Armenian counterpart Vahan Kerobyan signed the documents once their talks had ended.
            """);
        var deal = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:vahan-kerobyan", deal.Id), d.Dump());
    }

    [Fact]
    public void ANameWithARelativeClauseSignedForItsParty()
    {
        var d = TestArticles.Extract("""
            date 2003-05-10 Rival parties in Guinea-Bissau signed a power-sharing agreement in Dakar on Friday.
            Carlos Gomes Junior, who leads the African Party for the Independence of Guinea and Cape Verde (PAIGC), signed for his party.
            """);
        var deal = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:carlos-gomes-junior", deal.Id), d.Dump());
    }

    [Fact]
    public void MembersAndFollowersOfASigningGroupSignedTheDocumentNamedAfter()
    {
        var d = TestArticles.Extract("""
            date 1995-03-02 VIENNA, March 1 - Delegates of Austria, Hungary and Slovakia signed a set of texts on the Danube this evening.
            One by one, the five members of the joint river commission, headed by Austrian Environment Minister Maria Rauch-Kallat, put their names to the documents.
            Among them were Hungarian Transport Minister Karoly Lotz and Slovak Environment Minister Jozef Zlocha.
            They were followed by the observers of two neighbouring countries: German Foreign Minister Klaus Kinkel and Romanian Foreign Minister Teodor Melescanu.
            The package, called the Danube Navigation Convention, sets common rules for shipping.
            """);
        var convention = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:maria-rauch-kallat", convention.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:karoly-lotz", convention.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:jozef-zlocha", convention.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:klaus-kinkel", convention.Id), d.Dump());
    }

    [Fact]
    public void AmongThemAfterAWatchingCrowdNamesNoSigner()
    {
        var d = TestArticles.Extract("""
            date 2021-11-06 Georgian Economy Minister Levan Davitashvili and Armenian Economy Minister Vahan Kerobyan signed a transit agreement in Batumi on Friday, as crowds watched.
            Among them were local mayor Archil Chikovani and several port workers.
            """);
        var deal = Assert.Single(d.OfType("Agreement"));
        Assert.False(d.Has("SIGNED", "person:archil-chikovani", deal.Id), d.Dump());
    }
}
