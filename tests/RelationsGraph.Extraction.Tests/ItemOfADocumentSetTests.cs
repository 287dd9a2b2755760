namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "signed nine documents ..., among them X and Y", "Three texts were signed: X and Y", "Those accords include X and Y": a
/// document noun enumerated after a plural of documents is a member of that set (see ItemOfADocumentSet).
/// </summary>
public class ItemOfADocumentSetTests
{
    [Fact]
    public void MembersListedFarFromTheSigningVerbAreDocumentsOfTheSet()
    {
        var d = TestArticles.Extract("""
            date 2019-06-11 ORVEN, June 11 (Wire) - President Kasim Tarlo of Velmar and Prime Minister Edda Rusk of Corland held talks in Orven on Tuesday.

            Their ministers later signed eleven documents in the presence of both delegations and the press, among them a shipping agreement, a memorandum on cooperation in forestry and an agreement on customs checks.
            """);
        var names = d.OfType("Agreement").Select(a => a.Name).ToList();
        Assert.True(names.Count == 3, d.Dump());
        Assert.Contains(names, n => n.Contains("forestry"));
        Assert.Contains(names, n => n.Contains("customs checks"));
    }

    [Fact]
    public void MembersAfterAColonOrIncludeAreDocumentsThoughNoVerbGovernsThem()
    {
        var d = TestArticles.Extract("""
            date 2021-02-03 Envoys of Dorsa and Pelmark met in Tavi on Wednesday.

            The package holds two texts: an agreement on the port of Lusso and a memorandum on the exchange of detainees.
            """);
        var names = d.OfType("Agreement").Select(a => a.Name).ToList();
        Assert.Contains(names, n => n.Contains("port of Lusso"));
        Assert.Contains(names, n => n.Contains("detainees"));
    }

    [Fact]
    public void TheSignersOfTheDocumentsSignEachMemberEnumeratedNext()
    {
        var d = TestArticles.Extract("""
            date 2016-09-20 TARVEN, Sept 20 (Wire) - Foreign Minister Jonas Velk of Ardenia and his Morvish counterpart Petra Lind signed the documents once their talks were over.

            Both instruments were signed that day: the Ardenia-Morvia Border Treaty and a protocol on the use of the Salla river.
            """);
        Assert.True(d.OfType("Agreement").Count() == 2, d.Dump());
        foreach (var agreement in d.OfType("Agreement"))
            foreach (var person in new[] { "person:jonas-velk", "person:petra-lind" })
                Assert.True(d.Has("SIGNED", person, agreement.Id), $"{person} {agreement.Id}\n" + d.Dump());
    }

    [Fact]
    public void LeadersWhoWitnessedTheExchangeDoNotSignTheMembers()
    {
        var d = TestArticles.Extract("""
            date 2018-04-09 President Aron Maly of Destria and President Kiri Solve of Ottland met in Brell on Monday.

            The two presidents signed a joint communiqué on Monday and witnessed the handover of a dozen documents, including a plan for joint flood defences in the river valley.
            """);
        var plan = d.OfType("Agreement").FirstOrDefault(a => a.Name.Contains("plan"));
        Assert.NotNull(plan);
        Assert.False(d.Has("SIGNED", "person:aron-maly", plan.Id), d.Dump());
        Assert.False(d.Has("SIGNED", "person:kiri-solve", plan.Id), d.Dump());
    }
}

/// <summary>A making word before a vague quantity phrase ("the signing of a set of documents, including ...") makes the set's members.</summary>
public class ItemOfADocumentSetQuantityTests
{
    private static bool MadeMember(string text, string memberStart)
    {
        var tokens = RelationsGraph.Extraction.Text.Tokenizer.Tokenize(text);
        var start = tokens.FindIndex(t => t.Text == memberStart);
        return Agreements.ItemOfADocumentSet.Of(tokens, start) is { } set && Agreements.ItemOfADocumentSet.Made(tokens, set);
    }

    [Fact]
    public void TheSigningBeforeASetOfDocumentsMakesItsMembers()
    {
        Assert.True(MadeMember("Both leaders later stood by for the signing of a set of trade documents, including an agreement on fisheries and a memorandum on rail links.", "an"));
    }

    [Fact]
    public void ASetOfDocumentsOnlyDiscussedMakesNoMembers()
    {
        // Guard: passes with the rule off as well.
        Assert.False(MadeMember("The two leaders then discussed a set of draft documents, including an agreement on fisheries and a memorandum on rail links.", "an"));
    }
}

