namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A framework that the story says will be set up for a purpose is a body, not a document (see BodyToBeSetUp); a framework
/// that is signed stays a document.
/// </summary>
public class BodyToBeSetUpTests
{
    [Fact]
    public void AFrameworkSetUpToCoordinateIsNoDocument()
    {
        var d = TestArticles.Extract("""
            date 2021-05-11 President Oskar Delvane of Estonia and President Mara Kettunen of Finland met in Narva on Tuesday.
            The two presidents decided to set up a permanent framework to align their border patrols.
            """);
        Assert.Empty(d.OfType("Agreement"));
    }

    [Fact]
    public void AFrameworkCreatedForConsultationsIsNoDocument()
    {
        var d = TestArticles.Extract("""
            date 2021-05-11 President Oskar Delvane of Estonia and President Mara Kettunen of Finland met in Narva on Tuesday.
            The two leaders decided to create a regional framework for regular consultations on energy.
            """);
        Assert.Empty(d.OfType("Agreement"));
    }

    [Fact]
    public void ASignedFrameworkStaysADocument()
    {
        var d = TestArticles.Extract("""
            date 2021-05-11 President Oskar Delvane of Estonia and President Mara Kettunen of Finland met in Narva on Tuesday.
            The two presidents signed a framework for cooperation on energy and agreed to create a working group.
            """);
        Assert.NotEmpty(d.OfType("Agreement"));
    }
}
