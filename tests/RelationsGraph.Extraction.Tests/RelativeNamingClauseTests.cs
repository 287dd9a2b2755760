namespace RelationsGraph.Extraction.Tests;

/// <summary>A naming verb in a "which" clause (or a "that" clause right after the document noun) renames the document the clause hangs on, however long the clause's subject.</summary>
public class RelativeNamingClauseTests
{
    [Fact]
    public void ALongSubjectBeforeTheNamingVerbStillRenames()
    {
        var d = TestArticles.Extract("""
            date 2025-03-11 Kestrel and Marrow sign border accord

            Foreign Minister Odile Varenne of Kestrel and Foreign Minister Tomas Briel of Marrow signed the Accord on the Joint Management of the Upper Sella Basin in Lanzo on Tuesday. The document, which nearly every delegate in the conference room simply called the Lanzo Accord, was then countersigned by two observers.
            """);
        Assert.Single(d.OfType("Agreement"));
    }

    [Fact]
    public void AVerbOfDecidingBeforeCallStillRenames()
    {
        var d = TestArticles.Extract("""
            date 2025-03-11 Foreign Minister Odile Varenne of Kestrel and Foreign Minister Tomas Briel of Marrow signed the Lanzo Agreement on Tuesday.

            The Kestrel-Marrow Partnership Agreement, which the negotiators agreed only last week to call the Lanzo Agreement, replaces a 1994 treaty.
            """);
        Assert.Single(d.OfType("Agreement"), a => a.Year != 1994);
    }

    [Fact]
    public void ThatRightAfterTheDocumentNounRenamesItToo()
    {
        var d = TestArticles.Extract("""
            THE OSTRIA REVIEW | Archive | 1 July 2015

            On 1 July 1890, in Brellinford, envoys of Kestrel and Marrow signed the accord that scholars today call the Brenn Treaty.

            The 1890 treaty opened the upper river to the boats of both kingdoms.
            """);
        var named = Assert.Single(d.OfType("Agreement"), a => a.Aliases.Contains("Brenn Treaty"));
        Assert.Contains("accord", named.Aliases);
    }

    [Fact]
    public void AWhichOfAnEarlierClauseDoesNotRename()
    {
        var d = TestArticles.Extract("""
            date 2025-03-11 Foreign Minister Odile Varenne of Kestrel and Foreign Minister Tomas Briel of Marrow signed the Lanzo Agreement on Tuesday.

            The Lanzo Agreement, which took two years to draft, replaces a pact that critics called the Sella Compact of 2001.
            """);
        Assert.Equal(2, d.OfType("Agreement").Count());
    }
}
