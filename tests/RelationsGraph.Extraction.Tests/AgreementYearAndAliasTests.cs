namespace RelationsGraph.Extraction.Tests;

/// <summary>Years of recalled documents and their other names given in the same sentence.</summary>
public class AgreementYearAndAliasTests
{
    [Fact]
    public void AYearBeforeTheSigningVerbOfARelativeClauseDatesTheDocument()
    {
        var d = TestArticles.Extract("date 2019-08-01 In the front row sat Angolan former president Jose Eduardo dos Santos, who in 1991 signed the Bicesse Accord with Jonas Savimbi.");
        var accords = Assert.Single(d.OfType("Agreement"));
        Assert.Equal(1991, accords.Year);
    }

    [Fact]
    public void AlsoKnownAsInTheSameSentenceNamesTheSameDocument()
    {
        var d = TestArticles.Extract("date 2023-02-27 The leaders said the deal protects the 1998 Good Friday Agreement, the settlement also known as the Belfast Agreement.");
        Assert.DoesNotContain(d.OfType("Agreement"), a => a.Name.Contains("Belfast") && !a.Name.Contains("Good Friday") && a.Aliases.All(x => !x.Contains("Good Friday")));
    }
}

public class PluralTitleAndParticleTests
{
    [Fact]
    public void ACapitalisedPluralAfterANameIsOneDocumentAndParticlesStayInNames()
    {
        var d = TestArticles.Extract("date 2019-08-01 Angolan former president Jose Eduardo dos Santos, who in 1991 signed the Bicesse Accords, attended the ceremony in Luanda.");
        var accords = Assert.Single(d.OfType("Agreement"));
        Assert.Equal(1991, accords.Year);
        Assert.Contains(d.OfType("Person"), p => p.Name == "Jose Eduardo dos Santos");
    }
}
