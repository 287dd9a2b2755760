namespace RelationsGraph.Extraction.Tests;

/// <summary>States of the 17th-19th centuries (Dutch Republic, Batavian Republic, South African Republic, Orange Free State, Prussia) are states of their own, not today's successors.</summary>
public class StatesOfPastCenturiesTests
{
    [Fact]
    public void TheBatavianRepublicIsAStateOfItsOwn()
    {
        var d = TestArticles.Extract("date 1801-10-02 The convention was signed at Marlenhoek by Pieter Vandermolen for the Batavian Republic and by Henri Delacour for France.");
        Assert.Contains(d.OfType("Country"), c => c.Name == "Batavian Republic");
        Assert.DoesNotContain(d.OfType("Country"), c => c.Name == "Netherlands");
    }

    [Fact]
    public void TheSouthAfricanRepublicIsNotSouthAfrica()
    {
        var d = TestArticles.Extract("date 1899-06-02 Envoys from the Orange Free State and from the South African Republic gathered at Kransdorp to weigh the British terms.");
        Assert.Contains(d.OfType("Country"), c => c.Name == "South African Republic");
        Assert.Contains(d.OfType("Country"), c => c.Name == "Orange Free State");
        Assert.DoesNotContain(d.OfType("Country"), c => c.Name == "South Africa");
    }
}
