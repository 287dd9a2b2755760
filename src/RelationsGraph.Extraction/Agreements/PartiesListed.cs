using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "The parties are the ten members of the bloc - A, B, C - together with D and E", "Its signatories include A, B and C":
/// a sentence that lists the parties of the document told last names its sides outright (the pattern: an enumeration
/// after "the parties are" is the list of who is bound, however many the sentence names).
/// </summary>
internal static class PartiesListed
{
    private static readonly FrozenSet<string> PartyNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "parties", "signatories" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    /// <summary>
    /// Words that make a plural of states a roll of the document's sides: "the signatory states are", "the founding members
    /// were", "the contracting parties include" (a bare "the countries are" says nothing about who is bound).
    /// </summary>
    private static readonly FrozenSet<string> RollModifiers = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "signatory", "founding", "contracting", "original" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> StateHeads = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "states", "countries", "nations", "governments", "members", "parties", "signatories" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> ListingVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "are", "were", "include", "included", "comprise", "comprised" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static void Assign(IReadOnlyList<Sentence> sentences, IReadOnlyList<Agreement> agreements, Func<Sentence, IEnumerable<Mention>> mentionsIn)
    {
        foreach (var sentence in sentences)
        {
            if (ListingVerbAt(sentence.Tokens) is not { } verb) continue;
            var countries = mentionsIn(sentence).Where(m => m.Kind == MentionKind.Country && m.EntityId is not null && m.TokenStart > verb)
                .Select(m => m.EntityId!).Distinct().ToList();
            if (countries.Count < 2) continue;
            // Told in this sentence or before it.
            var document = DocumentToldLast.Before(agreements, DocumentToldLast.Position(sentence.Index + 1, 0));
            if (document is null) continue;
            foreach (var country in countries) document.NamedParties.TryAdd(country, sentence);
        }
    }

    /// <summary>The listing verb of a sentence opening "The parties (to the pact) are" or "Its signatories include", or null.</summary>
    internal static int? ListingVerbAt(List<Token> tokens)
    {
        var k = 0;
        if (k < tokens.Count && tokens[k].Lower is "the" or "its" or "their") k++;
        // "The fifteen signatory states are A, B, ...", "Its six founding members were": a count and a roll word before a
        // plural of states make the same list as "the parties are" (the pattern of a multilateral treaty's roll of members).
        if (k > 0 && k < tokens.Count && CountWords.TryReadSpelledOrFigures(tokens[k].Text, 2, 99, out _)) k++;
        if (k + 1 < tokens.Count && RollModifiers.Contains(tokens[k].Text) && StateHeads.Contains(tokens[k + 1].Text)) k++;
        else if (k >= tokens.Count || !PartyNouns.Contains(tokens[k].Text)) return null;
        // "The parties to the accord are": up to four words of the noun's own phrase before the verb.
        for (var v = k + 1; v < tokens.Count && v <= k + 5; v++)
        {
            // "The parties were welcomed by officials from A and B": a verb of the parties' own doing lists nobody.
            if (ListingVerbs.Contains(tokens[v].Text))
                return v + 1 < tokens.Count && (tokens[v + 1].Lower.EndsWith("ed", StringComparison.Ordinal) || tokens[v + 1].Lower is "not" or "to" or "due" or "also") ? null : v;
            if (!tokens[v].IsWord) return null;
        }
        return null;
    }
}
