namespace RelationsGraph.Extraction.Tests;

/// <summary>A definite ceremony that "took place at" a town of its own is kept as the story's event though no one is named in its sentence.</summary>
public class CeremonyTookPlaceAtTests
{
    [Fact]
    public void ACeremonyThatTookPlaceAtATownIsKeptThere()
    {
        var d = TestArticles.Extract("""
            The leaders of three island states put their names on Tuesday to a treaty founding a customs union.
            The ceremony took place at Tarsa, the old harbour town on the western cape.
            """);
        Assert.Contains(d.OfType("Meeting"), m => d.Has("HELD_IN", m.Id, "place:tarsa"));
    }

    [Fact]
    public void TheLeadersNamedRightAfterTheSettingAttendTheCeremony()
    {
        var d = TestArticles.Extract("""
            The leaders of two island states put their names on Tuesday to a treaty founding a customs union.
            The ceremony took place at Tarsa, the old harbour town on the western cape.
            President Talia Moreno of Veloria was host to her colleague Prime Minister Ivo Dranic of Kestland.
            """);
        var ceremony = d.OfType("Meeting").Single(m => d.Has("HELD_IN", m.Id, "place:tarsa"));
        Assert.True(d.Has("ATTENDED", "person:ivo-dranic", ceremony.Id), d.Dump());
    }
}
