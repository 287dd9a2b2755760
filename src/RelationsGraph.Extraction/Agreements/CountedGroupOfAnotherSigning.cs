namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "A and B signed the treaty in the palace. [several sentences on its clauses] Alongside it the two leaders signed a joint
/// statement": a counted group that signs, whose people the few sentences before do not name, stands for the signers of
/// the story's document told before it whose signers are exactly as many (the pattern: a story reports its main signing by
/// name, then, paragraphs on, the same people signing a second text as "the two leaders", "the four men"). Only when one
/// set of signers of that size is told before the group; else nobody.
/// </summary>
internal static class CountedGroupOfAnotherSigning
{
    /// <summary>
    /// The signers of the one document named before sentence <paramref name="sentence"/> and signed by exactly
    /// <paramref name="size"/> people, none a third party; null when no such set, or more than one, is told.
    /// </summary>
    public static List<string>? People(IReadOnlyList<Agreement> agreements, int sentence, int size,
        IReadOnlySet<string> thirdParties)
    {
        List<string>? found = null;
        for (var i = 0; i < agreements.Count; i++)
        {
            var other = agreements[i];
            // "the four men signed the trade pact and, alongside it, a second text": a document the group signs that already has
            // as many signers as it counts names the group too.
            if (other.Signatories.Count != size || !other.Mentions.Any(m => m.Sentence.Index < sentence)) continue;
            var people = other.Signatories.Keys.ToList();
            if (people.Any(thirdParties.Contains)) continue;
            // Two documents signed by the same people are one set; a second, different set leaves the group unresolved.
            if (found is null) found = people;
            else if (!found.ToHashSet().SetEquals(people)) return null;
        }
        return found;
    }
}
