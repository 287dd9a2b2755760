namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A body's name that opens a sentence right after a capitalised function word ("The Varnek Unity Party said ...") is the
/// body, not a person's name that the speech verb after it would make.
/// </summary>
public class FunctionWordBeforeABodyTests
{
    private const string Opening = "date 2023-05-09 Officials from Chile and Peru met in Lima on Tuesday to discuss river quotas. ";

    [Fact]
    public void APartyOpeningTheSentenceBeforeASpeechVerbIsAnOrganization()
    {
        var d = TestArticles.Extract(Opening + "The Ostrel Unity Party said on Wednesday that it would not back the quotas.");
        Assert.Contains("Ostrel Unity Party", d.OfType("Organization").Select(e => e.Name));
        Assert.DoesNotContain(d.OfType("Person"), e => e.Name.Contains("Party"));
    }

    [Fact]
    public void ACommissionOpeningTheSentenceBeforeItsAppositionIsAnOrganization()
    {
        var d = TestArticles.Extract(Opening + "The Brenic Lakes Commission, a nine-member panel of engineers, will report on the quotas next year.");
        Assert.Contains("Brenic Lakes Commission", d.OfType("Organization").Select(e => e.Name));
        Assert.DoesNotContain(d.OfType("Person"), e => e.Name.Contains("Commission"));
    }
}

/// <summary>
/// "The Foreign Ministry's spokesman, X": a body named by its own head noun owns a staff office read like any other, so the
/// spokesman of the story's one ministry is an official of the story's country.
/// </summary>
public class StaffOfBodyNamedByItsNounTests
{
    [Fact]
    public void TheSpokesmanOfAMinistryOpeningTheSentenceHasTheOffice()
    {
        var d = TestArticles.Extract("date 2023-05-09 LIMA, May 9 - Peru will keep its river quotas, the government said on Tuesday. " +
                                     "The Foreign Ministry's spokesman, Dario Quenta, told reporters that Peru would not change the rules.");
        var spokesman = d.Entity("person:dario-quenta");
        Assert.NotNull(spokesman);
        Assert.True(d.Has("REPRESENTS", "person:dario-quenta", "country:pe"), d.Dump());
    }
}
