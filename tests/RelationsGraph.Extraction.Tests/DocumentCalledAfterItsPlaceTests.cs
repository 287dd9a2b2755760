namespace RelationsGraph.Extraction.Tests;

/// <summary>A document told by its full title and later called after the city where it was made (see DocumentCalledAfterItsPlace).</summary>
public class DocumentCalledAfterItsPlaceTests
{
    private const string Story = """
        Ruritania and Vestria sign river treaty in Tartu

        TARTU, May 12 - Ruritanian Prime Minister Ola Brekkestad and Vestrian President Tomas Helvik met in Tartu on Monday and signed the Treaty on the Shared Management of the Velna River.
        The two leaders then held a joint news conference at the town hall.

        """;

    [Fact]
    public void ThePlaceNameIsTheTreatySignedThere()
    {
        var d = TestArticles.Extract("date 2031-05-12 " + Story + """
            Farmers downstream welcomed the news.

            Critics of the Tartu Treaty say it gives the upstream side too much say over the dams.
            """);
        var treaty = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:ola-brekkestad", treaty.Id), d.Dump());
    }

    [Fact]
    public void APlaceNamedDocumentOfAnotherYearStaysApart()
    {
        var d = TestArticles.Extract("date 2031-05-12 " + Story + """
            The new text replaces the 1998 Tartu Treaty, which set the first quotas for the river.
            """);
        Assert.Equal(2, d.OfType("Agreement").Count());
    }
}
