namespace RelationsGraph.Extraction.Tests;

/// <summary>A crowd told as onlookers, then counted out by "Among them were ...", is at the ceremony told last, sentences before.</summary>
public class RollOfTheOnlookersTests
{
    [Fact]
    public void RollOfTheStandsJoinsTheCeremonyToldEarlier()
    {
        var d = TestArticles.Extract("""
            date 2024-09-03 President Oren Maltby of Veskaria opened the new parliament building in Lorvik at a ceremony on Monday.
            A choir of schoolchildren sang the anthem as a band played on the square below.
            The building took eleven years to finish and cost far more than planned.
            Envoys of more than thirty countries were in the stands.
            Among them were Ruvanian President Tessa Holmgren and Danish Prime Minister Karel Brandt.
            On Tuesday Maltby held talks in Lorvik with Prime Minister Ilse Varn of Norway.
            """);
        var ceremony = Assert.Single(d.OfType("Meeting"), m => m.Kind == "ceremony");
        Assert.True(d.Has("ATTENDED", "person:tessa-holmgren", ceremony.Id));
        Assert.True(d.Has("ATTENDED", "person:karel-brandt", ceremony.Id));
    }

    [Fact]
    public void RollWithoutOnlookersDoesNotReachBack()
    {
        var d = TestArticles.Extract("""
            date 2024-09-03 President Oren Maltby of Veskaria opened the new parliament building in Lorvik at a ceremony on Monday.
            A choir of schoolchildren sang the anthem as a band played on the square below.
            The building took eleven years to finish and cost far more than planned.
            Several foreign leaders have criticised the cost of the project.
            Among them were Ruvanian President Tessa Holmgren and Danish Prime Minister Karel Brandt.
            On Tuesday Maltby held talks in Lorvik with Prime Minister Ilse Varn of Norway.
            """);
        var ceremony = Assert.Single(d.OfType("Meeting"), m => m.Kind == "ceremony");
        Assert.False(d.Has("ATTENDED", "person:tessa-holmgren", ceremony.Id));
    }
}
