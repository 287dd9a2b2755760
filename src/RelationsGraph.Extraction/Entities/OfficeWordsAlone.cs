namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "the Chief Negotiator said", "the Opposition Leader attended", "a letter from the Managing Director": a short capitalised run
/// that ends in a role noun no surname takes is the office written with capitals, not a person's name (pattern: news and
/// official releases capitalise an office told without its holder's name). Role nouns that are also surnames ("King",
/// "Bishop", "Judge", "Speaker") are left out, so "Martin King" stays a name.
/// </summary>
internal static class OfficeWordsAlone
{
    private static readonly FrozenSet<string> RolesNoSurnameTakes = new HashSet<string>(StringComparer.Ordinal)
    {
        "Negotiator", "Negotiators", "Director", "Leader", "Mediator", "Spokesman", "Spokeswoman", "Spokesperson", "Adviser",
        "Advisor", "Coordinator", "Facilitator", "Commissioner", "Ambassador", "Envoy", "Minister", "Secretary", "President",
        "Chairman", "Chairwoman", "Chairperson", "Premier", "Governor", "Administrator",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether the words of a run (at most three) end in such a role noun ("President-elect" counts by its first part).</summary>
    public static bool Reads(IReadOnlyList<string> words)
    {
        if (words.Count is 0 or > 3) return false;
        var last = words[^1];
        var hyphen = last.IndexOf('-');
        if (hyphen > 0 && hyphen + 1 < last.Length && char.IsLower(last[hyphen + 1])) last = last[..hyphen];
        return RolesNoSurnameTakes.Contains(last);
    }
}
