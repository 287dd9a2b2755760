namespace RelationsGraph.Extraction.Tests;

/// <summary>"Mr Tariq" for "Tariq al-Hamdan": an Arabic name told later by its given name confirms the full name as a person.</summary>
public class ArabicGivenNameReferenceTests
{
    [Fact]
    public void TheGivenNameShownAsAPersonConfirmsTheFullName()
    {
        var d = TestArticles.Extract("date 1955-04-06 KUMBENI - When the delegations left on Wednesday, Tariq al-Hamdan counted five delegations at the table. Mr Tariq, the prime minister of Iraq, said the council would meet again in the autumn.");
        Assert.Contains(d.OfType("Person"), p => p.Name == "Tariq al-Hamdan");
    }
}
