namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// DescribedOtherwise: a dated reference whose describing words share none with an undated document already described is
/// another, recalled document.
/// </summary>
public class DescribedOtherwiseTests
{
    [Fact]
    public void ADatedReferenceDescribedWithOtherWordsIsARecalledDocument()
    {
        var d = TestArticles.Extract("""
            President Tomas Ravel and Chancellor Ilse Brandauer signed two agreements in the castle at Wendhof late on Friday.
            One of the texts, a treaty on the limitation of coastal patrols, lets each navy keep two harbour bases.
            Officials said the patrol treaty would go to parliament for ratification.
            Officials ranked Friday's texts as the boldest step since the partial fishing ban treaty of 1958.
            """);
        var agreements = d.OfType("Agreement").ToList();
        Assert.Contains(agreements, a => a.Year == 1958);
        Assert.Contains(agreements, a => a.Name!.Contains("patrol", StringComparison.OrdinalIgnoreCase) && a.Year != 1958);
    }

    [Fact]
    public void ADatedReferenceDescribedOtherwiseIsNotTheUntitledDocumentOfItsYear()
    {
        var d = TestArticles.Extract("""
            date 2019-05-14 Transport ministers Arvo Lensk and Petra Holm signed an operating agreement for the river ferries in Dunmore on Monday.
            The ferry agreement sets timetables for the crossings at Velk.
            Officials said it completes the 2019 customs agreement reached by the finance ministries.
            """);
        var agreements = d.OfType("Agreement").ToList();
        Assert.Equal(2, agreements.Count);
        Assert.Contains(agreements, a => a.Aliases.Any(n => n.Contains("ferr", StringComparison.OrdinalIgnoreCase))
                                         && !a.Aliases.Any(n => n.Contains("customs", StringComparison.OrdinalIgnoreCase)));
    }
}
