namespace RelationsGraph.Extraction.Tests;

/// <summary>Reading one summit sentence well: names between dashes, a summit's own name, an earlier edition.</summary>
public class SummitSentenceTests
{
    [Fact]
    public void NamesBetweenDashesAreTheSubjectsOfTheClause()
    {
        var d = TestArticles.Extract("""
            date 2018-08-13 At the summit in Aktau on Sunday, the presidents of Kazakhstan, Russia and Iran — Nursultan Nazarbayev, Vladimir Putin and Hassan Rouhani — signed the convention.
            """);
        var summit = Assert.Single(d.OfType("Meeting"));
        foreach (var id in new[] { "person:nursultan-nazarbayev", "person:vladimir-putin", "person:hassan-rouhani" })
            Assert.True(d.Has("ATTENDED", id, summit.Id), id + "\n" + d.Dump());
    }

    [Fact]
    public void ASummitsOwnNameIsNotWhereItIsHeld()
    {
        var d = TestArticles.Extract("""
            date 2025-06-01 French President Emmanuel Macron will give the keynote address at the Shangri-La Dialogue security forum in Singapore on Friday.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "HELD_IN" && r.To.Contains("dialogue"));
    }

    [Fact]
    public void ThePreviousSummitIsAnEarlierEdition()
    {
        var d = TestArticles.Extract("""
            date 2018-08-13 Kazakh President Nursultan Nazarbayev and Russian President Vladimir Putin met at the Caspian summit in Aktau.
            That principle had already been agreed at the previous summit, in Astrakhan in 2014.
            """);
        var talks = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:vladimir-putin", m.Id));
        Assert.NotEqual("2014", talks.Date);
        Assert.False(d.Has("HELD_IN", talks.Id, "place:astrakhan"), d.Dump());
    }
}

/// <summary>Where a story without a dateline happens, and a bloc facing another bloc.</summary>
public class HeadlineAndBlocTests
{
    [Fact]
    public void TheHeadlineCityPlacesTheCurrentMeetingTheTextLeavesUnplaced()
    {
        var d = TestArticles.Extract(
            "---\ntitle: Ruto in Addis Ababa: Kenya and Ethiopia agree on a power line\ndate: 2025-03-04\n---\n" +
            "# Ruto in Addis Ababa: Kenya and Ethiopia agree on a power line\n\n" +
            "Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed held talks on Monday.\n", "a.md");
        var talks = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("HELD_IN", talks.Id, "place:addis-ababa"), d.Dump());
        Assert.Contains(d.Relationships, r => r.Type == "HELD_IN" && r.From == talks.Id && r.Evidence.StartsWith("Kenyan President"));
    }

    [Fact]
    public void NegotiationsBetweenTwoBlocsAreNoSummitOfEither()
    {
        var d = TestArticles.Extract("""
            date 2024-12-07 On Friday, at the summit of Mercosur heads of state in Montevideo, the presidents announced that negotiations on the EU-Mercosur Partnership Agreement had been concluded.
            Bolivia was represented at the summit by President Luis Arce.
            """);
        Assert.DoesNotContain(d.OfType("Meeting"), m => m.Aliases.Any(a => a.StartsWith("EU ")));
        var summit = d.OfType("Meeting").Single(m => m.Aliases.Any(a => a.Contains("Mercosur")));
        Assert.True(d.Has("ATTENDED", "person:luis-arce", summit.Id), d.Dump());
    }
}

/// <summary>Seas and landforms are what a meeting is about, not where it is held.</summary>
public class WaterAndLandformPlaceTests
{
    [Fact]
    public void ASeaNamedNearTheMeetingIsNotWhereItIsHeld()
    {
        var d = TestArticles.Extract("""
            date 2022-07-23 Turkish President Recep Tayyip Erdogan is expected to meet Russian President Vladimir Putin in the Black Sea resort of Sochi next month.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "HELD_IN" && r.To.Contains("black-sea"));
    }

    [Fact]
    public void ASummitOnTheCoastOfASeaIsHeldInItsCity()
    {
        var d = TestArticles.Extract("""
            date 2018-09-17 Ethiopian Prime Minister Abiy Ahmed and Eritrean President Isaias Afwerki signed a peace agreement in the Red Sea city of Jeddah on Sunday evening.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "HELD_IN" && r.To.Contains("red-sea"));
    }
}
