namespace RelationsGraph.Extraction.Tests;

/// <summary>Members of a delegation are at the gathering under discussion.</summary>
public class DelegationMembershipTests
{
    [Fact]
    public void AmongADelegationIsAttendance()
    {
        var d = TestArticles.Extract("""
            date 2025-03-11 Talks opened in Geneva on Tuesday.
            Deputy Foreign Minister Lena Kovac and Trade Minister Marko Horvat were among the Croatian delegation.
            """);
        var talks = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:lena-kovac", talks.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:marko-horvat", talks.Id), d.Dump());
    }

    [Fact]
    public void MembersOfTheirDelegationsAttend()
    {
        var d = TestArticles.Extract("""
            date 2025-03-11 Talks opened in Geneva on Tuesday.
            Trade Minister Marko Horvat and Energy Minister Ivo Babic came as members of the Croatian delegation.
            """);
        var talks = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:ivo-babic", talks.Id), d.Dump());
    }
}

/// <summary>Who led a delegation named with a long owner ("his country's", "the Republic of X's") is at the gathering.</summary>
public class LedDelegationTests
{
    [Fact]
    public void LeadingTheRepublicsDelegationIsAttendance()
    {
        var d = TestArticles.Extract("""
            date 2025-03-11 Talks opened in Geneva on Tuesday.
            Prime Minister Anna Mbeki, who led the Central African Republic's delegation, called them useful.
            """);
        var talks = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:anna-mbeki", talks.Id), d.Dump());
    }
}

/// <summary>A signer for one side, told one at a time, is at the signing.</summary>
public class SignerForASideTests
{
    [Fact]
    public void ASignerOnBehalfOfACountryAttendsTheSigning()
    {
        var d = TestArticles.Extract("""
            date 2025-09-02 Pacific leaders signed the Harbour Declaration at a ceremony in Apia on Tuesday.
            Australian Foreign Minister Ruth Calder signed on behalf of her country.
            """);
        var signing = d.OfType("Meeting").Single(m => d.Has("HELD_IN", m.Id, "place:apia"));
        Assert.True(d.Has("ATTENDED", "person:ruth-calder", signing.Id), d.Dump());
    }

    [Fact]
    public void EachSideSigningForItsCapitalAttends()
    {
        var d = TestArticles.Extract("""
            date 2025-09-02 The two sides signed the ceasefire agreement at a ceremony in Nairobi on Tuesday.
            Interior Minister Omar Bakri signed for Khartoum.
            """);
        var signing = d.OfType("Meeting").Single(m => d.Has("HELD_IN", m.Id, "place:nairobi"));
        Assert.True(d.Has("ATTENDED", "person:omar-bakri", signing.Id), d.Dump());
    }

    [Fact]
    public void SigningTheDocumentAsAWitnessIsAttendance()
    {
        var d = TestArticles.Extract("""
            date 2025-09-02 Rebel leader Samuel Deng and Defence Minister Paul Lado signed the peace agreement at a ceremony in Nairobi on Tuesday.
            Kenyan President Daniel Mwangi signed the document as a witness.
            """);
        var signing = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:samuel-deng", m.Id));
        Assert.True(d.Has("ATTENDED", "person:daniel-mwangi", signing.Id), d.Dump());
    }

    [Fact]
    public void TwoWitnessesSigningTogetherAttendTheSigning()
    {
        var d = TestArticles.Extract("""
            date 2025-09-02 Rebel leader Samuel Deng and Defence Minister Paul Lado signed the peace agreement at a ceremony in Nairobi on Tuesday.
            Kenyan President Daniel Mwangi and Ugandan President Peter Okello signed the document as witnesses.
            """);
        var signing = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:samuel-deng", signing.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:daniel-mwangi", signing.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:peter-okello", signing.Id), d.Dump());
    }

    [Fact]
    public void AddingTheirSignaturesAsGuarantorsIsAttendance()
    {
        var d = TestArticles.Extract("""
            date 2025-09-02 Rebel leader Samuel Deng and Defence Minister Paul Lado signed the peace agreement at a ceremony in Nairobi on Tuesday.
            Ugandan President Peter Okello and Rwandan President Eric Habimana added their signatures as guarantors.
            """);
        var signing = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:samuel-deng", m.Id));
        Assert.True(d.Has("ATTENDED", "person:peter-okello", signing.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:eric-habimana", signing.Id), d.Dump());
    }
}

/// <summary>A seat on one delegation's side of the table is a seat in the gathering's room.</summary>
public class SideOfTheTableTests
{
    [Fact]
    public void SittingOnOneSideIsAttendance()
    {
        var d = TestArticles.Extract("""
            date 2025-03-11 President Laura Bianchi held talks with President Tomas Vidal at the palace in Lima on Tuesday.
            Foreign Minister Marta Salas and Trade Minister Rafael Ortiz sat on the Chilean side.
            """);
        var talks = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:laura-bianchi", m.Id));
        Assert.True(d.Has("ATTENDED", "person:marta-salas", talks.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:rafael-ortiz", talks.Id), d.Dump());
    }
}
