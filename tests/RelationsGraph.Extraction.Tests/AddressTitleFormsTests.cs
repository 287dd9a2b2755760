namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A worn title of address (a military rank, a judge's "Justice", the French "M.", Muslim styles such as "Ayatollah") is written
/// before a person's name by some reports and left out by others: both forms are among the person's names (see AddressTitleForms).
/// </summary>
public class AddressTitleFormsTests
{
    [Fact]
    public void ANameKeptWithItsTitleIsAlsoNamedWithoutIt()
    {
        var d = TestArticles.Extract("""
            date 2014-06-02 Visitors from Quellmark were received at the law courts in Varnholt on Monday.
            The delegation was welcomed by Justice Emry Kallow, who showed them the old archive.
            """);
        var kallow = Assert.Single(d.OfType("Person"), p => p.Name.Contains("Kallow"));
        Assert.Contains(kallow.Aliases.Append(kallow.Name), n => n == "Emry Kallow");
    }

    [Fact]
    public void AFrenchAddressBeforeANameIsAlsoLeftOut()
    {
        var d = TestArticles.Extract("""
            date 1878-05-11 The consul of the Republic arrived in Sorvelle on Tuesday.
            M. Odile Brassac, the consul, presented his letters to the bey and returned to the residence.
            """);
        var brassac = Assert.Single(d.OfType("Person"), p => p.Name.Contains("Brassac"));
        Assert.Contains(brassac.Aliases.Append(brassac.Name), n => n == "Odile Brassac");
    }

    [Fact]
    public void ATitleWrittenBeforeAMentionIsKeptAsAName()
    {
        var d = TestArticles.Extract("""
            date 1790-12-21 The fortress of Kettelburg fell on Sunday.
            In the winter General Anton Merevsky stormed the fortress of Kettelburg with two columns.
            """);
        var merevsky = Assert.Single(d.OfType("Person"), p => p.Name.Contains("Merevsky"));
        Assert.Contains(merevsky.Aliases.Append(merevsky.Name), n => n == "General Anton Merevsky");
        Assert.Contains(merevsky.Aliases.Append(merevsky.Name), n => n == "Anton Merevsky");
    }

    [Fact]
    public void AReligiousStyleLeftOutOfTheNameIsAlsoKept()
    {
        var d = TestArticles.Extract("""
            date 2011-09-14 Officials of Dastavar met in Korrabad on Wednesday.
            Before leaving, the visiting minister paid a call on Ayatollah Hassan Velmari, the supreme leader.
            """);
        var velmari = Assert.Single(d.OfType("Person"), p => p.Name.Contains("Velmari"));
        Assert.Contains(velmari.Aliases.Append(velmari.Name), n => n == "Ayatollah Hassan Velmari");
        Assert.Contains(velmari.Aliases.Append(velmari.Name), n => n == "Hassan Velmari");
    }
}
