namespace RelationsGraph.Extraction.Tests;

/// <summary>A capitalised Act is a document when titled as a diplomatic instrument, never when it is a law (see DiplomaticActTitle).</summary>
public class DiplomaticActTitleTests
{
    [Fact]
    public void AnActNamedAfterThePlaceOfSigningIsAnAgreement()
    {
        var d = TestArticles.Extract("""
            date 2011-03-08 President Evo Morales met President Sebastian Pinera in Arica on Tuesday.
            The two presidents signed the Joint Act of Arica on water rights before lunch.
            """);
        var act = Assert.Single(d.OfType("Agreement"));
        Assert.Contains("Act of Arica", act.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void AFinalActRecalledIsAnAgreement()
    {
        var d = TestArticles.Extract("""
            date 2019-07-30 Foreign Minister Heiko Maas met Foreign Minister Sergei Lavrov in Bonn on Tuesday.
            Both ministers said they remained bound by the Vienna Final Act of 1961.
            """);
        Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Final Act", StringComparison.Ordinal));
    }

    [Fact]
    public void ALawOrALowerCaseActIsNoDocument()
    {
        var d = TestArticles.Extract("""
            date 2022-08-16 President Joe Biden met Prime Minister Justin Trudeau in Washington on Tuesday.
            Biden signed the Clean Energy Jobs Act into law after the talks, and Trudeau called the tariff an act of bad faith.
            An Act of Parliament would be needed in Ottawa.
            """);
        Assert.Empty(d.OfType("Agreement"));
    }
}
